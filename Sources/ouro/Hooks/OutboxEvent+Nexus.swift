import OuroCore
import OuroStore

extension OutboxEvent {
    /// The hook events one model event stands for, in the order their hooks run: the
    /// generic `interval-start` before the kind's own `pomodoro-start`, and so on.
    ///
    /// Progress reports and "awaiting review" have no hook.
    static func hookEvents(for event: NexusEvent, in model: Nexus) -> [OutboxEvent] {
        switch event {
        case .intervalStarted(let interval):
            let specific: String? =
                switch interval.kind {
                case .pomodoro: "pomodoro-start"
                case .break: "break-start"
                case .startPrompt: "start-prompt"
                case .gracePeriod: nil
                }
            return (["interval-start"] + (specific.map { [$0] } ?? [])).map {
                OutboxEvent(interval, name: $0, time: interval.start, in: model)
            }
        case .intervalEnded(let interval):
            let specific: String? =
                switch interval.kind {
                case .pomodoro: "pomodoro-end"
                case .break: "break-end"
                case .startPrompt, .gracePeriod: nil
                }
            return (["interval-end"] + (specific.map { [$0] } ?? [])).map {
                OutboxEvent(interval, name: $0, time: interval.end, in: model)
            }
        case .sessionStarted(let session):
            return [OutboxEvent(session, name: "session-start", time: session.start)]
        case .sessionEnded(let session):
            return [OutboxEvent(session, name: "session-end", time: session.end)]
        case .intervalProgressed, .awaitingReview:
            return []
        }
    }

    private init(_ interval: IntervalRecord, name: String, time: Double, in model: Nexus) {
        self.init(
            name: name, key: "\(name):\(interval.id)", time: time,
            kind: interval.kind.rawValue, start: interval.start, end: interval.end,
            intentionID: interval.intentionID,
            intentionTitle: interval.intentionID.flatMap { model.intention($0)?.title },
            pointsBeforeLoss: interval.pointsBeforeLoss, pointsAfterLoss: interval.pointsAfterLoss)
    }

    private init(_ session: SessionRecord, name: String, time: Double) {
        self.init(
            name: name, key: "\(name):\(session.id)", time: time, kind: "session",
            start: session.start, end: session.end)
    }
}
