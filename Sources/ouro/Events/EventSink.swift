import OuroCore

/// Where a committed run's model events go: the seam for hooks and `ouro watch`.
///
/// Called once per run, after the transaction has committed, with the events in order,
/// so a hook never sees an event that was rolled back.
protocol EventSink {
    /// Receives the events of one committed run; `now` is the run's time (for lateness).
    func deliver(_ events: [NexusEvent], now: Double)
}

/// Drops every event: what runs until hooks are built.
struct NoEventSink: EventSink {
    func deliver(_ events: [NexusEvent], now: Double) {}
}
