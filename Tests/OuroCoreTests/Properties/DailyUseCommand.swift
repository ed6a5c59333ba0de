import OuroCore
import TimerTree

/// One step of a simulated day: what a user does through `ouro` at a time, or a bare
/// advance (a `status` call, the HUD's tick).
///
/// Commands carry absolute times and name records by id, so a list replays exactly on a fresh
/// model, and a shortened list (a shrunk counterexample) still replays: a command whose
/// record no longer exists is simply refused.
enum DailyUseCommand: Sendable, Hashable {
    /// A work-hour rule as `ouro hours set/add` gives one.
    struct Rule: Sendable, Hashable {
        /// The days it runs on.
        var weekdays: Set<Weekday>
        /// Its daily start, on the wall clock of `zone`.
        var start: WallTime
        /// Its daily end; earlier than `start` runs overnight.
        var end: WallTime
        /// Where the wall times are read.
        var zone: Zone
    }

    /// Advances the model, as every run of `ouro` does first.
    case advance(at: Double)
    /// `ouro intend TITLE [--estimate D]`.
    case intend(estimate: Double?, at: Double)
    /// `ouro start ID`.
    case start(intention: Int, at: Double)
    /// `ouro evaluate RESULT --pomodoro N` (N is the pomodoro's interval id in the model).
    case evaluate(pomodoro: Int, result: EvaluationResult, at: Double)
    /// `ouro abandon ID`.
    case abandon(intention: Int, at: Double)
    /// `ouro estimate ID DURATION`.
    case estimate(intention: Int, duration: Double, at: Double)
    /// `ouro session add --from … --to …`.
    case addSession(from: Double, to: Double, at: Double)
    /// `ouro hours set/add/clear`: the rules from now on (empty: cleared).
    case setRules([Rule], at: Double)

    /// When it happens.
    var time: Double {
        switch self {
        case .advance(let at), .intend(_, let at), .start(_, let at), .evaluate(_, _, let at),
            .abandon(_, let at), .estimate(_, _, let at), .addSession(_, _, let at),
            .setRules(_, let at):
            at
        }
    }

    /// The command as a log line, times read in `zone`: `03-08 01:30:00 (1772962200) start 2`.
    func line(in zone: Zone) -> String {
        let what: String
        switch self {
        case .advance: what = "advance"
        case .intend(let estimate, _):
            what = "intend" + (estimate.map { " --estimate \(Int($0))s" } ?? "")
        case .start(let intention, _): what = "start \(intention)"
        case .evaluate(let pomodoro, let result, _):
            what = "evaluate \(result.rawValue) --pomodoro \(pomodoro) (interval id)"
        case .abandon(let intention, _): what = "abandon \(intention)"
        case .estimate(let intention, let duration, _):
            what = "estimate \(intention) \(Int(duration))s"
        case .addSession(let from, let to, _):
            what =
                "session add --from \(Self.clock(from, in: zone)) --to \(Self.clock(to, in: zone))"
        case .setRules(let rules, _):
            what =
                rules.isEmpty
                ? "hours clear"
                : "hours set "
                    + rules.map { rule in
                        rule.weekdays.sorted().map(\.abbreviation).joined(separator: ",") + " "
                            + rule.start.hourAndMinute + "-" + rule.end.hourAndMinute
                            + (rule.zone == zone ? "" : " (\(rule.zone.identifier))")
                    }.joined(separator: " + ")
        }
        return Self.clock(time, in: zone) + " " + what
    }

    /// An instant as the local wall clock and the epoch: `03-08 01:30:00 (1772962200)`.
    static func clock(_ instant: Double, in zone: Zone) -> String {
        let civil = zone.civil(at: instant)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(civil.date.month))-\(two(civil.date.day)) \(two(civil.time.hour)):"
            + "\(two(civil.time.minute)):\(two(civil.time.second)) (\(fmt(instant)))"
    }
}
