/// One interval of a streak's plan: a pomodoro or a break, and its length.
public struct StreakStep: Codable, Sendable, Hashable {
    /// Whether this step is a pomodoro or a break.
    public enum Kind: String, Codable, Sendable, Hashable {
        /// Work.
        case pomodoro
        /// Rest.
        case `break`
    }

    /// The kind of interval.
    public var kind: Kind
    /// Its length in seconds.
    public var length: Double

    /// A step of a kind and length.
    public init(_ kind: Kind, length: Double) {
        self.kind = kind
        self.length = length
    }
}
