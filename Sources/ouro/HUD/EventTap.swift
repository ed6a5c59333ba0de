import OuroCore

/// Passes each committed run's events on (to the hooks) and keeps them until the HUD takes
/// them, so the HUD can ring its own terminal once it holds the model they came from.
///
/// A final class: the command context holds it as its sink while the HUD reads it back.
final class EventTap: EventSink {
    private let next: any EventSink
    private var kept: [NexusEvent] = []

    /// A tap in front of `next`.
    init(passingTo next: any EventSink) {
        self.next = next
    }

    func deliver(_ events: [NexusEvent], now: Double) {
        next.deliver(events, now: now)
        kept += events
    }

    /// The events delivered since the last call, oldest first.
    func take() -> [NexusEvent] {
        defer { kept.removeAll(keepingCapacity: true) }
        return kept
    }
}
