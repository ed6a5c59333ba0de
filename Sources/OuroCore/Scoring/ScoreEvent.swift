/// Points earned at a time, for a reason.
public struct ScoreEvent: Codable, Sendable, Hashable {
    /// Why.
    public var kind: ScoreKind
    /// When the points count.
    public var time: Double
    /// How many.
    public var points: Double
    /// The intention concerned, if any.
    public var intentionID: Int?
    /// The interval concerned, if any.
    public var intervalID: Int?

    /// A score event.
    public init(
        kind: ScoreKind, time: Double, points: Double, intentionID: Int? = nil,
        intervalID: Int? = nil
    ) {
        self.kind = kind
        self.time = time
        self.points = points
        self.intentionID = intentionID
        self.intervalID = intervalID
    }
}
