/// One pomodoro, break, grace period or start prompt.
///
/// Intervals never overlap and are numbered in time order, so ids sort them by start.
public struct IntervalRecord: IdentifiedRecord, Codable, Sendable, Hashable {
    /// Its id, in time order among all intervals (pomodoros are named by ``number``).
    public var id: Int
    /// What it is.
    public var kind: IntervalKind
    /// When it started.
    public var start: Double
    /// When it ends or ended; a pomodoro's moves earlier if it is achieved or abandoned.
    public var end: Double
    /// The id of its streak's first pomodoro; nil for start prompts.
    public var streakID: Int?
    /// For a pomodoro, the number of pomodoros before it in its streak.
    public var indexInStreak: Int?
    /// For a pomodoro, the intention worked on.
    public var intentionID: Int?
    /// For a pomodoro, its latest evaluation.
    public var evaluation: Evaluation?
    /// For a start prompt, the points still possible if a pomodoro starts now.
    public var pointsBeforeLoss: Double?
    /// For a start prompt, the points still possible once the prompt has expired.
    public var pointsAfterLoss: Double?
    /// For a pomodoro, its number: 1, 2, 3 … in creation order, across streaks.
    ///
    /// `ouro evaluate --pomodoro N`, `status`, `log` and the HUD name a pomodoro by it.
    public var number: Int?
    /// For a pomodoro continued in a grace period, when the user set its intention (the
    /// pomodoro itself is backdated to the grace period's start); nil when it was set as it
    /// started.
    ///
    /// The intention-set points count at this time: nothing done later earns points in the
    /// past, so a continuation just after midnight scores on the new day.
    public var setAt: Double?

    /// An interval record; every field is explicit so a store can rebuild one exactly.
    public init(
        id: Int, kind: IntervalKind, start: Double, end: Double, streakID: Int? = nil,
        indexInStreak: Int? = nil, intentionID: Int? = nil, evaluation: Evaluation? = nil,
        pointsBeforeLoss: Double? = nil, pointsAfterLoss: Double? = nil, number: Int? = nil,
        setAt: Double? = nil
    ) {
        self.id = id
        self.kind = kind
        self.start = start
        self.end = end
        self.streakID = streakID
        self.indexInStreak = indexInStreak
        self.intentionID = intentionID
        self.evaluation = evaluation
        self.pointsBeforeLoss = pointsBeforeLoss
        self.pointsAfterLoss = pointsAfterLoss
        self.number = number
        self.setAt = setAt
    }

    /// When its intention was set: ``setAt`` for a continuation, else its start.
    public var intentionSetTime: Double { setAt ?? start }

    /// Its length in seconds.
    public var duration: Double { end - start }

    /// How far through it `time` is, from 0 to 1.
    public func progress(at time: Double) -> Double {
        guard end > start else { return 1 }
        return min(1, max(0, (time - start) / (end - start)))
    }
}
