import OuroCore
import TimerTree

/// A model driven through simulated days of `ouro` use, checking issue #10's invariants at
/// the instant each step leaves the model.
///
/// The same type generates random days (``simulate(_:)``) and replays a given command list
/// (``replay(_:zone:firstDay:checking:)``), so a counterexample found by one is checked by
/// the other exactly.
struct DailyUseSimulation: Sendable {
    /// A day before the current one, as it stood before a step.
    struct PastDay: Sendable {
        /// The day.
        var day: LocalDay
        /// Its score.
        var score: Double
        /// Its score events.
        var events: [ScoreEvent]
    }

    /// The user's local zone: days, `status` and `score` are read in it.
    let zone: Zone
    /// The first local day simulated; past days are counted from the day before it.
    let firstDay: CivilDate
    /// The invariants checked (shrinking checks only the one it shrinks for).
    let checked: Set<DailyUseInvariant>
    /// The model.
    var nexus = Nexus()
    /// Every command so far, in order.
    private(set) var commands: [DailyUseCommand] = []
    /// The first violation of each checked invariant, in the order found.
    private(set) var violations: [DailyUseViolation] = []
    /// How much of the interesting ground the steps reached.
    var coverage = DailyUseCoverage()

    /// Differences below this are rounding, not disagreement.
    static let tolerance = 1e-9

    /// A fresh model for a user in `zone`, starting around `firstDay`.
    init(
        zone: Zone, firstDay: CivilDate,
        checking checked: Set<DailyUseInvariant> = Set(DailyUseInvariant.allCases)
    ) {
        self.zone = zone
        self.firstDay = firstDay
        self.checked = checked
    }

    /// Applies `command`, then checks every invariant.
    mutating func step(_ command: DailyUseCommand) {
        let index = commands.count
        commands.append(command)
        let before = nexus
        var pastDays = pastDays(of: nexus, from: firstDay.adding(days: -1))
        let accepted = apply(command)
        noteCoverage(of: command, accepted: accepted, before: before)
        if let then = before.now, let now = nexus.now,
            zone.civil(at: then).date < zone.civil(at: now).date
        {
            // The days this step's advance ended: what time passing alone puts in them (a
            // break ending at 23:58) is theirs; the command itself must add nothing.
            var baseline = before
            baseline.advance(to: command.time)
            pastDays += self.pastDays(of: baseline, from: zone.civil(at: then).date, through: now)
        }
        check(after: command, at: index, accepted: accepted, before: before, pastDays: pastDays)
    }

    /// Records `detail` as the first violation of `invariant`, unless one is already known
    /// or the invariant is not checked.
    mutating func report(_ invariant: DailyUseInvariant, at step: Int, _ detail: String) {
        guard checked.contains(invariant),
            !violations.contains(where: { $0.invariant == invariant })
        else { return }
        violations.append(DailyUseViolation(invariant: invariant, step: step, detail: detail))
    }

    /// Replays `commands` on a fresh model and returns the first violation of the checked
    /// invariants, if any.
    static func replay(
        _ commands: [DailyUseCommand], zone: Zone, firstDay: CivilDate,
        checking checked: Set<DailyUseInvariant>
    ) -> DailyUseViolation? {
        var simulation = DailyUseSimulation(zone: zone, firstDay: firstDay, checking: checked)
        for command in commands {
            simulation.step(command)
            if let found = simulation.violations.first { return found }
        }
        return nil
    }

    /// Replaces every work-hour rule at `time`, as `ouro hours set/add/clear` does.
    ///
    /// The one place the suite changes rules. The model has no single entry point yet, so
    /// this removes every rule and adds the new ones; once #10's rules rebuild lands, call
    /// its entry point here instead (`nexus.replaceWorkHourRules(…)`).
    static func replaceWorkHourRules(
        _ rules: [DailyUseCommand.Rule], in nexus: inout Nexus, at time: Double
    ) throws(NexusError) {
        try nexus.replaceWorkHourRules(
            with: rules.map {
                WorkHourRuleDraft(
                    weekdays: $0.weekdays, start: $0.start, end: $0.end, zone: $0.zone)
            }, at: time)
    }

    /// Applies `command`; false when the model refused it (refusals are part of daily use).
    private mutating func apply(_ command: DailyUseCommand) -> Bool {
        do {
            switch command {
            case .advance(let at):
                nexus.advance(to: at)
            case .intend(let estimate, let at):
                try nexus.addIntention(title: "intention", estimate: estimate, at: at)
            case .start(let intention, let at):
                try nexus.startPomodoro(intention: intention, at: at)
            case .evaluate(let pomodoro, let result, let at):
                try nexus.evaluate(pomodoro: pomodoro, as: result, at: at)
            case .abandon(let intention, let at):
                try nexus.abandon(intention, at: at)
            case .estimate(let intention, let duration, let at):
                try nexus.estimate(intention, duration: duration, at: at)
            case .addSession(let from, let to, let at):
                try nexus.addSession(from: from, to: to, at: at)
            case .setRules(let rules, let at):
                try Self.replaceWorkHourRules(rules, in: &nexus, at: at)
            }
            return true
        } catch {
            return false
        }
    }

    /// The days of `model` from `first` up to (not including) the one containing `now`
    /// (by default, the model's last update).
    private func pastDays(
        of model: Nexus, from first: CivilDate, through now: Double? = nil
    )
        -> [PastDay]
    {
        guard let now = now ?? model.now else { return [] }
        let today = zone.civil(at: now).date
        var days: [PastDay] = []
        var date = first
        while date < today {
            let day = LocalDay(date: date, zone: zone)
            let events = model.scoreEvents(from: day.start, through: day.last)
            days.append(
                PastDay(day: day, score: events.reduce(0) { $0 + $1.points }, events: events))
            date = date.adding(days: 1)
        }
        return days
    }

    /// Counts what the step reached.
    private mutating func noteCoverage(
        of command: DailyUseCommand, accepted: Bool, before: Nexus
    ) {
        if let prompt = before.currentInterval, prompt.kind == .startPrompt,
            prompt.end == nexus.now
        {
            coverage.promptExpiryInstants += 1
        }
        guard accepted else { return }
        switch command {
        case .setRules:
            if before.activeSession != nil { coverage.ruleChangesInSessions += 1 }
        case .start(_, let at):
            guard let started = nexus.currentInterval, started.kind == .pomodoro,
                before.currentInterval?.kind != .pomodoro
            else { break }
            coverage.pomodorosStarted += 1
            if zone.civil(at: started.start).date < zone.civil(at: at).date {
                coverage.continuationsAcrossMidnight += 1
            }
        case .evaluate(let pomodoro, _, let at):
            if let earlier = before.interval(pomodoro)?.evaluation,
                zone.civil(at: earlier.at).date < zone.civil(at: at).date
            {
                coverage.pastDayReevaluations += 1
            }
        default:
            break
        }
    }
}
