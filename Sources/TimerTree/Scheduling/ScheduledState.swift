/// Where a scheduled call is in its life: it starts pending and ends called or cancelled.
public enum ScheduledState: Sendable, Hashable {
    /// Waiting in its scheduler's queue for its time.
    case pending
    /// Its work has run; cancelling it now does nothing.
    case called
    /// It was cancelled before it ran; its work never runs.
    case cancelled
}
