extension HUDState {
    /// The interval kinds the HUD colours differently.
    public enum Kind: String, CaseIterable, Equatable, Sendable {
        /// Outside a session, or between sessions: nothing is expected.
        case idle
        /// Idle inside a session: points will be lost unless a pomodoro starts.
        case startPrompt
        /// A pomodoro is running.
        case pomodoro
        /// A break is running.
        case breakTime
        /// After a break: starting now continues the streak.
        case gracePeriod

        /// The name shown in the small and tiny layouts.
        public var label: String {
            switch self {
            case .idle: "idle"
            case .startPrompt: "start"
            case .pomodoro: "pomodoro"
            case .breakTime: "break"
            case .gracePeriod: "grace"
            }
        }

        /// A shorter name for one-line layouts that cannot fit ``label``.
        var shortLabel: String {
            switch self {
            case .pomodoro: "pom"
            case .breakTime: "brk"
            case .gracePeriod: "grc"
            case .idle: "idl"
            case .startPrompt: "go"
            }
        }

        /// The roles of the elapsed and the remaining part of this kind's ring.
        var roles: (elapsed: ColorRole, remaining: ColorRole) {
            switch self {
            case .idle: (.idle, .idle)
            case .startPrompt: (.promptElapsed, .promptRemaining)
            case .pomodoro: (.pomodoroElapsed, .pomodoroRemaining)
            case .breakTime: (.breakElapsed, .breakRemaining)
            case .gracePeriod: (.graceElapsed, .graceRemaining)
            }
        }
    }
}
