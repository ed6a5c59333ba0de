/// How a command names an intention: by its id or by its title.
///
/// `ouro start`, `ouro abandon` and the HUD's start picker all name intentions this way, so
/// one rule (``Nexus/resolve(_:)``) decides which intention a title means.
public enum IntentionReference: Hashable, Sendable {
    /// The intention with this id.
    case id(Int)
    /// The newest open intention with exactly this title.
    case title(String)

    /// The reference a command-line argument makes: digits alone are an id, anything else
    /// is a title.
    public init(_ text: String) {
        if !text.isEmpty, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber),
            let id = Int(text)
        {
            self = .id(id)
        } else {
            self = .title(text)
        }
    }
}
