import OuroCore

extension HUDState.Kind {
    /// The kind the HUD shows for a running interval; nil (no interval) is idle.
    init(_ kind: IntervalKind?) {
        switch kind {
        case nil: self = .idle
        case .pomodoro: self = .pomodoro
        case .break: self = .breakTime
        case .gracePeriod: self = .gracePeriod
        case .startPrompt: self = .startPrompt
        }
    }
}

extension HUDState.Evaluation {
    /// The HUD's name for a model evaluation result.
    init(_ result: EvaluationResult) {
        switch result {
        case .distracted: self = .distracted
        case .interrupted: self = .interrupted
        case .focused: self = .focused
        case .achieved: self = .achieved
        }
    }
}
