/// Why a zone name was refused.
public enum ZoneError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The name is not a zone of the system tz database (or tries to leave it, like `../x`).
    case unknownIdentifier(String)

    /// A message naming the refused zone, for the command line.
    public var description: String {
        switch self {
        case .unknownIdentifier(let name):
            "unknown time zone '\(name)': not an IANA name (like America/Los_Angeles or UTC) "
                + "found in \(Zone.databasePath)"
        }
    }
}
