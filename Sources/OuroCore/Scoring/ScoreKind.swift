/// Why points were earned.
public enum ScoreKind: String, CaseIterable, Codable, Sendable, Hashable {
    /// An intention was created (3, 3, 3, 2, 2, 2, 1, 1, 1, then 0 by ordinal).
    case intentionCreated
    /// An estimate was made (1, within the allowance).
    case estimateMade
    /// A pomodoro started on an intention (2^index in streak).
    case intentionSet
    /// A pomodoro was evaluated (the result's points).
    case evaluation
    /// A break ran to its end (1).
    case breakCompleted
    /// An intention was completed (10 + min(5, pomodoros − 1)).
    case intentionCompleted
    /// A completed intention had estimates (the best capped accuracy).
    case estimateAccuracy
}
