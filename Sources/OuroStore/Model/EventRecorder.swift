import OuroCore

/// Collects a run's model events for ``StoreUpdate``.
///
/// A reference, so the observer closures handed to the model can append to it. Every
/// model call ends with a progress report of the running interval; only the last is kept,
/// since the earlier ones say nothing the later one does not.
final class EventRecorder {
    private(set) var events: [NexusEvent] = []
    /// Whether an event besides a progress report was recorded.
    private(set) var hasNews = false

    func record(_ event: NexusEvent) {
        if case .intervalProgressed = event {
            events.removeAll {
                if case .intervalProgressed = $0 { return true }
                return false
            }
        }
        if case .intervalProgressed = event {} else { hasNews = true }
        events.append(event)
    }
}
