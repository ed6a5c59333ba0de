import OuroCore

extension IntervalKind {
    /// The kind as people read it: `pomodoro`, `break`, `grace period`, `start prompt`
    /// (the raw value stays the name in JSON and CSV).
    var label: String {
        switch self {
        case .pomodoro: "pomodoro"
        case .break: "break"
        case .gracePeriod: "grace period"
        case .startPrompt: "start prompt"
        }
    }
}
