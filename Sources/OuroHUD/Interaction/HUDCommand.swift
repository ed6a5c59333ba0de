import OuroCore

/// Something the user asked for, which the event loop carries out against the store and
/// answers with a status message (``HUDInteraction/report(_:isError:at:)``).
public enum HUDCommand: Equatable, Sendable {
    /// Create an intention, with an optional estimate in seconds.
    case intend(title: String, estimate: Double?)
    /// Start (or continue) a pomodoro on an existing intention.
    case start(intentionID: Int)
    /// Start a pomodoro on the newest open intention with this title, created if none has it.
    case startNew(title: String)
    /// Evaluate a pomodoro.
    case evaluate(pomodoroID: Int, result: EvaluationResult)
    /// Abandon an intention.
    case abandon(intentionID: Int)
    /// Leave the HUD.
    case quit
}
