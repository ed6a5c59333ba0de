import OuroCore

/// Collects a model's events so tests can check their order and content.
final class EventLog {
    var events: [NexusEvent] = []

    func record(_ event: NexusEvent) { events.append(event) }

    /// A compact description of each event other than progress: `start pomodoro 0-300`.
    var lines: [String] {
        events.compactMap { event in
            switch event {
            case .intervalStarted(let interval):
                "start \(interval.kind.rawValue) \(fmt(interval.start))-\(fmt(interval.end))"
            case .intervalEnded(let interval):
                "end \(interval.kind.rawValue) \(fmt(interval.start))-\(fmt(interval.end))"
            case .awaitingReview(let interval): "review \(interval.id)"
            case .sessionStarted(let session): "session start \(fmt(session.start))"
            case .sessionEnded(let session): "session end \(fmt(session.end))"
            case .intervalProgressed: nil
            }
        }
    }

    /// Removes what has been seen so far.
    func clear() { events.removeAll() }
}

/// Formats a time without a fraction when it is whole.
func fmt(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
}

/// The kinds and spans of a model's intervals: `pomodoro 0-300`.
func spans(_ nexus: Nexus) -> [String] {
    nexus.intervals.map { "\($0.kind.rawValue) \(fmt($0.start))-\(fmt($0.end))" }
}
