/// Something the user means to do, worked on in pomodoros.
public struct IntentionRecord: IdentifiedRecord, Codable, Sendable, Hashable {
    /// 1, 2, … in creation order; also its ordinal for the intention-created points.
    public var id: Int
    /// A short title.
    public var title: String
    /// A longer description; may be empty.
    public var description: String
    /// When it was created.
    public var created: Double
    /// When it was last edited (title, description, estimate or abandonment).
    public var modified: Double
    /// Its estimates, oldest first.
    public var estimates: [Estimate]
    /// Its pomodoros' ids, oldest first.
    public var pomodoroIDs: [Int]
    /// The summed length of its ended pomodoros, in seconds (the "actual" of accuracy).
    public var workedSeconds: Double
    /// Whether the user gave it up.
    public var isAbandoned: Bool
    /// Set while its last pomodoro's evaluation is *achieved*.
    public var completion: Completion?

    /// An intention record; every field is explicit so a store can rebuild one exactly.
    public init(
        id: Int, title: String, description: String = "", created: Double, modified: Double,
        estimates: [Estimate] = [], pomodoroIDs: [Int] = [], workedSeconds: Double = 0,
        isAbandoned: Bool = false, completion: Completion? = nil
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.created = created
        self.modified = modified
        self.estimates = estimates
        self.pomodoroIDs = pomodoroIDs
        self.workedSeconds = workedSeconds
        self.isAbandoned = isAbandoned
        self.completion = completion
    }

    /// Whether its last pomodoro was evaluated *achieved*.
    public var isCompleted: Bool { completion != nil }
}
