/// Why saved work could not be loaded, or new work could not be made persistent.
public enum PersistenceError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No work type is registered under the code (for repeating work when `repeating`).
    case unknownWorkType(String, repeating: Bool)
    /// No rule type is registered under the code.
    case unknownRuleType(String)
    /// The saved document has a format version this build does not read.
    case unsupportedVersion(Int)

    /// A message naming the code or version, for logs and the command line.
    public var description: String {
        switch self {
        case .unknownWorkType(let code, let repeating):
            "unknown \(repeating ? "repeating " : "")work type code '\(code)': no work is "
                + "registered under it (WorkRegistry.\(repeating ? "registerRepeating" : "register"))"
        case .unknownRuleType(let code):
            "unknown rule type code '\(code)': no recurrence rule is registered under it "
                + "(WorkRegistry.register(rule:))"
        case .unsupportedVersion(let version):
            "saved schedule has format version \(version); this build reads version "
                + "\(SavedSchedule.currentVersion)"
        }
    }
}
