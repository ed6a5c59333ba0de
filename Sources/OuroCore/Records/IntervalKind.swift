/// What a recorded interval is; idle time is the absence of an interval.
public enum IntervalKind: String, CaseIterable, Codable, Sendable, Hashable {
    /// Focused work on an intention.
    case pomodoro
    /// Rest between pomodoros of a streak.
    case `break`
    /// After a break, a third of the next pomodoro's length to continue the streak.
    case gracePeriod
    /// Idle in a session: the points still possible and when the next will be lost.
    case startPrompt
}
