/// What a cell shows, which the ``Theme`` turns into a colour.
///
/// Roles name meaning, not colours, so one frame renders on 256-colour, 8-colour and
/// monochrome terminals alike.
public enum ColorRole: CaseIterable, Hashable, Sendable {
    /// Ordinary text in the terminal's default colour.
    case plain
    /// The elapsed part of a start prompt (red).
    case promptElapsed
    /// The remaining part of a start prompt (dark grey).
    case promptRemaining
    /// The elapsed part of a pomodoro (green).
    case pomodoroElapsed
    /// The remaining part of a pomodoro (blue).
    case pomodoroRemaining
    /// The elapsed part of a break (light grey).
    case breakElapsed
    /// The remaining part of a break (dark grey).
    case breakRemaining
    /// The elapsed part of a grace period (light purple).
    case graceElapsed
    /// The remaining part of a grace period (dark purple).
    case graceRemaining
    /// Idle time (dark grey).
    case idle
    /// A pomodoro evaluated achieved.
    case achieved
    /// A pomodoro evaluated focused.
    case focused
    /// A pomodoro evaluated interrupted.
    case interrupted
    /// A pomodoro evaluated distracted.
    case distracted
    /// A pomodoro not evaluated yet.
    case unevaluated

    /// The letter that stands for this role in ``Frame/roleLines``.
    public var code: Character {
        switch self {
        case .plain: "t"
        case .promptElapsed: "R"
        case .promptRemaining: "r"
        case .pomodoroElapsed: "G"
        case .pomodoroRemaining: "b"
        case .breakElapsed: "L"
        case .breakRemaining: "l"
        case .graceElapsed: "U"
        case .graceRemaining: "u"
        case .idle: "i"
        case .achieved: "A"
        case .focused: "F"
        case .interrupted: "I"
        case .distracted: "D"
        case .unevaluated: "N"
        }
    }
}
