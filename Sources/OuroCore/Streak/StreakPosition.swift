/// Where the live streak stands: which streak, what is left of its plan, and how it ends.
///
/// The remaining steps are copied from the rules when the streak starts, so changing the
/// rules mid-streak affects only the next streak. Abandoning the running pomodoro's
/// intention trims them to the break that follows, so the streak ends after that break.
/// During a grace period the first remaining step is the pomodoro it would continue with.
public struct StreakPosition: Codable, Sendable, Hashable {
    /// The id of the streak's first pomodoro.
    public var streakID: Int
    /// The steps after the current interval.
    public var remaining: [StreakStep]
    /// How many pomodoros the streak has had so far (the next one's index).
    public var pomodoros: Int

    /// A streak position.
    public init(streakID: Int, remaining: [StreakStep], pomodoros: Int) {
        self.streakID = streakID
        self.remaining = remaining
        self.pomodoros = pomodoros
    }
}
