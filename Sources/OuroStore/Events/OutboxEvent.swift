/// One hook event in the store's outbox (`events` table): what happened, recorded in the
/// transaction that observed it, so every ouro process agrees it happened once.
///
/// Hooks, desktop notifications and `ouro watch` all read events from here rather than from
/// their own process's model run, which is what makes "exactly once across processes" and
/// "replay since T" possible.
public struct OutboxEvent: Sendable, Hashable {
    /// The row id, in the order events were recorded (0 before recording).
    public var id: Int64
    /// The hook name: `interval-start`, `pomodoro-end`, `session-start`….
    public var name: String
    /// What makes the event unique (`<name>:<record id>`): a second recording is ignored.
    public var key: String
    /// When it happened, in epoch seconds.
    public var time: Double
    /// The interval kind (`pomodoro`, `break`, `startPrompt`, `gracePeriod`) or `session`.
    public var kind: String
    /// When the interval or session starts.
    public var start: Double
    /// When it ends (as known when the event was recorded).
    public var end: Double
    /// The pomodoro's intention, if any.
    public var intentionID: Int?
    /// That intention's title when the event was recorded.
    public var intentionTitle: String?
    /// A start prompt's points if started at once.
    public var pointsBeforeLoss: Double?
    /// A start prompt's points once it expires.
    public var pointsAfterLoss: Double?

    /// An event not yet recorded.
    public init(
        name: String, key: String, time: Double, kind: String, start: Double, end: Double,
        intentionID: Int? = nil, intentionTitle: String? = nil, pointsBeforeLoss: Double? = nil,
        pointsAfterLoss: Double? = nil
    ) {
        self.id = 0
        self.name = name
        self.key = key
        self.time = time
        self.kind = kind
        self.start = start
        self.end = end
        self.intentionID = intentionID
        self.intentionTitle = intentionTitle
        self.pointsBeforeLoss = pointsBeforeLoss
        self.pointsAfterLoss = pointsAfterLoss
    }
}
