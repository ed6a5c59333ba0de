/// A result or an error the HUD shows for a few seconds.
public struct StatusMessage: Equatable, Sendable {
    /// The message.
    public var text: String
    /// Whether it reports a failure (shown brighter).
    public var isError: Bool
    /// When it disappears.
    public var expires: Double

    /// How long a message stays: long enough to read a short sentence twice.
    public static let duration: Double = 4

    /// A message shown from `now` for ``duration`` seconds.
    public init(_ text: String, isError: Bool = false, at now: Double) {
        self.text = text
        self.isError = isError
        expires = now + Self.duration
    }
}
