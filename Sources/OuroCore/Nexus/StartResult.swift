/// What asking to start a pomodoro did.
public enum StartResult: Sendable, Hashable {
    /// A new streak began with this pomodoro, from now.
    case started(pomodoroID: Int)
    /// A pomodoro was already running; nothing changed.
    case alreadyStarted(pomodoroID: Int)
    /// A break is running; nothing started.
    case onBreak(breakID: Int)
    /// The grace period became this pomodoro, backdated to the grace period's start.
    case continued(pomodoroID: Int)
}
