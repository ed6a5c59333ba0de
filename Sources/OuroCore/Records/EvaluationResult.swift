/// How a pomodoro went, as the user judges it afterwards.
public enum EvaluationResult: String, CaseIterable, Codable, Sendable, Hashable {
    /// Attention wandered for most of it.
    case distracted
    /// Something outside broke it up.
    case interrupted
    /// Worked on the intention throughout.
    case focused
    /// Finished the intention; allowed only on the intention's last pomodoro.
    case achieved

    /// The points the evaluation is worth.
    public var points: Double {
        switch self {
        case .distracted: 0.1
        case .interrupted: 0.2
        case .focused: 1.0
        case .achieved: 1.25
        }
    }
}
