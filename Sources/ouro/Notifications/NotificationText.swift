import OuroStore
import TimerTree

/// What a notification says about an interval that just started: a short title and one
/// line of detail, shared by the desktop notification and the terminal's OSC sequences.
struct NotificationText: Hashable, Sendable {
    /// The summary: `Pomodoro`, `Break`, `Start a pomodoro`, `Grace period`.
    var title: String
    /// The detail: the intention and when the interval ends, or a start prompt's points.
    var body: String

    /// The text for an `interval-start` event, with local times in `zone`.
    init(_ event: OutboxEvent, zone: Zone) {
        let until = ClockText.wallTime(event.end, in: zone)
        switch event.kind {
        case "pomodoro":
            title = "Pomodoro"
            body = (event.intentionTitle.map { $0 + " · " } ?? "") + "until " + until
        case "break":
            title = "Break"
            body = "until " + until
        case "startPrompt":
            title = "Start a pomodoro"
            if let before = event.pointsBeforeLoss, let after = event.pointsAfterLoss {
                body =
                    "\(ClockText.points(before)) points if you start now, "
                    + "\(ClockText.points(after)) after \(until)"
            } else {
                body = "before " + until
            }
        case "gracePeriod":
            title = "Grace period"
            body = "start before \(until) to continue the streak"
        default:
            title = event.kind
            body = "until " + until
        }
    }
}
