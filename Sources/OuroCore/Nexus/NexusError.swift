/// Why a command was refused; the model is unchanged by a refused command.
public enum NexusError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No intention has this id (or it is not in the loaded working set).
    case noSuchIntention(Int)
    /// No open intention (neither completed nor abandoned) has exactly this title.
    case noOpenIntention(titled: String)
    /// No pomodoro has this number.
    case noSuchPomodoro(Int)
    /// The intention is completed and cannot be started.
    case intentionCompleted(Int)
    /// The intention is abandoned and cannot be started.
    case intentionAbandoned(Int)
    /// *Achieved* was given to a pomodoro of an abandoned intention.
    case achievedOnAbandoned(pomodoro: Int, intention: Int)
    /// *Achieved* was given to a pomodoro that is not its intention's last.
    case achievedNotOnLastPomodoro(pomodoro: Int, intention: Int)
    /// A duration or span was not a positive, finite number of seconds.
    case invalidDuration(Double)
    /// A work-hour rule named a zone that could not be loaded.
    case unknownZone(String)
    /// A work-hour rule had no weekdays.
    case noWeekdays
    /// A session (or the rules' merged session starting here) would last more than 24 hours.
    case sessionTooLong(start: Double, end: Double)
    /// Work-hour rules whose sessions (merged where they overlap) would last more than 24
    /// hours, the first such session reaching `from` or later.
    case workHoursTooLong(from: Double)
    /// A session added by hand overlaps this session.
    case sessionOverlaps(SessionRecord)
    /// A session added by hand overlaps the session the work hours give from `start` to `end`.
    case sessionOverlapsWorkHours(start: Double, end: Double)
    /// A session added by hand has already ended (at `end`, no later than now).
    case sessionAlreadyEnded(end: Double)
    /// A working set lacked a record the live state refers to.
    case missingRecord(kind: String, id: Int)
    /// A serialised snapshot could not be read.
    case corruptSnapshot(String)

    /// A one-line explanation naming what was wrong.
    public var description: String {
        switch self {
        case .noSuchIntention(let id): "no intention \(id)"
        case .noOpenIntention(let title): "no open intention is titled \(title.debugDescription)"
        case .noSuchPomodoro(let id): "no pomodoro \(id)"
        case .intentionCompleted(let id): "intention \(id) is completed"
        case .intentionAbandoned(let id): "intention \(id) is abandoned"
        case .achievedOnAbandoned(let pomodoro, let intention):
            "pomodoro \(pomodoro) cannot be achieved: intention \(intention) is abandoned; "
                + "evaluate it distracted, interrupted or focused"
        case .achievedNotOnLastPomodoro(let pomodoro, let intention):
            "pomodoro \(pomodoro) is not the last of intention \(intention); only the last can be achieved"
        case .invalidDuration(let value): "\(value) is not a positive, finite number of seconds"
        case .unknownZone(let identifier): "unknown time zone \(identifier)"
        case .noWeekdays: "a work-hour rule needs at least one weekday"
        case .sessionTooLong(let start, let end):
            "a session from \(start) to \(end) would last more than 24 hours"
        case .workHoursTooLong(let from):
            "the work hours would give a session longer than 24 hours (from \(from))"
        case .sessionOverlaps(let session):
            "the session overlaps session \(session.id) (\(session.start) to \(session.end))"
        case .sessionOverlapsWorkHours(let start, let end):
            "the session overlaps the work hours' session from \(start) to \(end)"
        case .sessionAlreadyEnded(let end): "the session has already ended (at \(end))"
        case .missingRecord(let kind, let id): "the working set lacks \(kind) \(id)"
        case .corruptSnapshot(let reason): "corrupt snapshot: \(reason)"
        }
    }
}
