/// A span in which the user wants to be time-sensitive: start prompts appear only inside one.
public struct SessionRecord: IdentifiedRecord, Codable, Sendable, Hashable {
    /// Its id.
    public var id: Int
    /// When it starts.
    public var start: Double
    /// When it ends (exclusive).
    public var end: Double
    /// The work-hour rule that generated it; nil for a session added by hand.
    public var ruleID: Int?

    /// A session record.
    public init(id: Int, start: Double, end: Double, ruleID: Int? = nil) {
        self.id = id
        self.start = start
        self.end = end
        self.ruleID = ruleID
    }

    /// Whether it came from a work-hour rule.
    public var isAutomatic: Bool { ruleID != nil }

    /// Whether it is active at `time`: `start <= time < end`.
    public func contains(_ time: Double) -> Bool { start <= time && time < end }
}
