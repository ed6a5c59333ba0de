/// The evaluation a pomodoro was given, and when; a re-evaluation replaces it.
public struct Evaluation: Codable, Sendable, Hashable {
    /// The result given.
    public var result: EvaluationResult
    /// When it was given: the time its score event counts at.
    public var at: Double

    /// An evaluation with a result at a time.
    public init(result: EvaluationResult, at: Double) {
        self.result = result
        self.at = at
    }
}
