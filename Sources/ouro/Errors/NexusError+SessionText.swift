import OuroCore
import TimerTree

extension NexusError {
    /// A refused session or rule change as one line in local time, naming the conflict and
    /// how to go on; the model's own ``description`` has only epoch seconds.
    func sessionText(in zone: Zone, now: Double) -> String {
        switch self {
        case .sessionTooLong(let start, let end):
            "a session from \(Self.span(start, end, in: zone)) would last more than 24 hours; "
                + "give a span of at most 24 hours"
        case .workHoursTooLong(let from):
            "these work hours would give a session longer than 24 hours (from "
                + "\(Self.instant(from, in: zone))): rules that overlap merge into one "
                + "session, so keep them apart or shorter"
        case .sessionOverlaps(let session):
            "the session overlaps session \(session.id) (\(Self.span(session.start, session.end, in: zone))); "
                + "sessions never overlap, choose a time outside it (see 'ouro sessions')"
        case .sessionOverlapsWorkHours(let start, let end):
            "the session overlaps the work hours' session \(Self.span(start, end, in: zone)); "
                + "choose a time outside it or change the work hours (see 'ouro hours')"
        case .sessionAlreadyEnded(let end):
            "the session would end at \(Self.instant(end, in: zone)), which has passed; "
                + "give an end after now (\(Self.instant(now, in: zone)))"
        default:
            description
        }
    }

    /// `2026-12-01 09:00`.
    private static func instant(_ time: Double, in zone: Zone) -> String {
        ClockText.date(zone.civil(at: time).date) + " " + ClockText.wallTime(time, in: zone)
    }

    /// `2026-12-01 09:00-17:00`, or `2026-12-01 22:00 to 2026-12-02 02:00` across days.
    private static func span(_ start: Double, _ end: Double, in zone: Zone) -> String {
        if zone.civil(at: start).date == zone.civil(at: end).date {
            return instant(start, in: zone) + "-" + ClockText.wallTime(end, in: zone)
        }
        return instant(start, in: zone) + " to " + instant(end, in: zone)
    }
}
