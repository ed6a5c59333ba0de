import OuroCore
import TimerTree

extension DailyUseSimulation {
    /// Simulates the scenario's days: rules set shortly before the first midnight, then
    /// random commands at increasing times until the last day ends, checking every step.
    static func simulate(_ scenario: DailyUseScenario) -> DailyUseSimulation {
        var rng = SeededGenerator(seed: scenario.seed)
        var simulation = DailyUseSimulation(zone: scenario.zone, firstDay: scenario.firstDay)
        let begin =
            LocalDay(date: scenario.firstDay, zone: scenario.zone).start
            - Double(Int.random(in: 0...10_800, using: &rng))
        let end =
            LocalDay(
                date: scenario.firstDay.adding(days: DailyUseScenario.days), zone: scenario.zone
            ).start
        simulation.step(.setRules(simulation.randomRules(using: &rng), at: begin))
        while simulation.commands.count < DailyUseScenario.maxSteps,
            (simulation.nexus.now ?? begin) < end
        {
            simulation.step(simulation.randomCommand(using: &rng))
        }
        simulation.coverage.sessionsAcrossOffsetChanges = simulation.nexus.sessions.count {
            scenario.zone.offset(at: $0.start) != scenario.zone.offset(at: $0.end)
        }
        return simulation
    }

    /// The next command: mostly advances, starts and evaluations, with rule changes, one-off
    /// sessions, abandons and estimates mixed in.
    mutating func randomCommand(using rng: inout SeededGenerator) -> DailyUseCommand {
        if let aroundMidnight = streakAroundMidnight(using: &rng) { return aroundMidnight }
        let at = nextTime(using: &rng)
        let pomodoros = nexus.intervals.filter { $0.kind == .pomodoro }
        let current = nexus.currentInterval
        let running = current?.kind == .pomodoro ? current : nil
        switch Int.random(in: 0..<100, using: &rng) {
        case 0..<26:
            return .advance(at: at)
        case 26..<33:
            let estimate =
                Bool.random(using: &rng) ? Double(Int.random(in: 5...120, using: &rng) * 60) : nil
            return .intend(estimate: estimate, at: at)
        case 33..<52:
            return .start(intention: someIntention(open: true, using: &rng), at: at)
        case 52..<57:
            // Achieving the running pomodoro ends it early; otherwise the latest one.
            guard let target = running ?? pomodoros.last else { return .advance(at: at) }
            return .evaluate(pomodoro: target.id, result: .achieved, at: at)
        case 57..<64:
            guard let target = pomodoros.last else { return .advance(at: at) }
            return .evaluate(
                pomodoro: target.id, result: EvaluationResult.allCases.randomElement(using: &rng)!,
                at: at)
        case 64..<71:
            // Re-evaluate a pomodoro that already has an evaluation, preferring an earlier day's.
            let evaluated = pomodoros.filter { $0.evaluation != nil }
            let today = zone.civil(at: at).date
            let earlier = evaluated.filter { zone.civil(at: $0.evaluation!.at).date < today }
            guard
                let target = (Bool.random(using: &rng) ? earlier : evaluated).randomElement(
                    using: &rng) ?? evaluated.randomElement(using: &rng)
            else { return .advance(at: at) }
            return .evaluate(
                pomodoro: target.id, result: EvaluationResult.allCases.randomElement(using: &rng)!,
                at: at)
        case 71..<75:
            guard let intention = running?.intentionID else { return .advance(at: at) }
            return .abandon(intention: intention, at: at)
        case 75..<77:
            return .abandon(intention: someIntention(open: false, using: &rng), at: at)
        case 77..<81:
            return .estimate(
                intention: someIntention(open: false, using: &rng),
                duration: Double(Int.random(in: 5...120, using: &rng) * 60), at: at)
        case 81..<87:
            return randomSession(at: at, using: &rng)
        default:
            switch Int.random(in: 0..<20, using: &rng) {
            case 0..<12:
                return .setRules(randomRules(using: &rng), at: at)
            case 12..<17:
                let kept = nexus.workHourRules.compactMap { rule in
                    (try? Zone(identifier: rule.zoneIdentifier)).map {
                        DailyUseCommand.Rule(
                            weekdays: rule.weekdays, start: rule.start, end: rule.end, zone: $0)
                    }
                }
                return .setRules(kept + [randomRule(using: &rng)], at: at)
            default:
                return .setRules([], at: at)
            }
        }
    }

    /// Sometimes (nil otherwise) a step that steers a streak across the local midnight: a
    /// start ten to thirteen minutes before it (with the standard rules the first grace
    /// period then spans midnight), the ends of its pomodoro and break, and a continuation
    /// after midnight, backdated into the day before.
    private func streakAroundMidnight(using rng: inout SeededGenerator) -> DailyUseCommand? {
        guard let now = nexus.now else { return nil }
        let midnight = LocalDay(containing: now, zone: zone).last.nextUp
        let current = nexus.currentInterval
        switch current?.kind {
        case .gracePeriod? where current!.end > midnight && Bool.random(using: &rng):
            let at =
                midnight + Double(Int.random(in: 0..<Int(current!.end - midnight), using: &rng))
            return .start(intention: someIntention(open: true, using: &rng), at: at)
        case .pomodoro?, .break?:
            guard current!.end < midnight, midnight - now <= 1_200, Bool.random(using: &rng)
            else { return nil }
            return .advance(at: current!.end)
        case nil, .startPrompt?:
            guard (600...3_600).contains(midnight - now), Bool.random(using: &rng)
            else { return nil }
            let at = max(now, midnight - 600 - Double(Int.random(in: 1...199, using: &rng)))
            return .start(intention: someIntention(open: true, using: &rng), at: at)
        default:
            return nil
        }
    }

    /// The time of the next step, never before the model's: often exactly the next deadline
    /// (an interval's end, a session's start or end) or a second either side of it, or just
    /// either side of the next local midnight, else a few seconds to a few hours on.
    private func nextTime(using rng: inout SeededGenerator) -> Double {
        let now = nexus.now ?? 0
        let deadline = nexus.nextDeadline.flatMap { $0 - now <= 6 * 3_600 ? $0 : nil }
        let midnight = LocalDay(containing: now, zone: zone).last.nextUp
        let time: Double
        switch Int.random(in: 0..<22, using: &rng) {
        case 0..<6 where deadline != nil:
            time = deadline!
        case 6 where deadline != nil:
            time = deadline! + (Bool.random(using: &rng) ? 1 : -1)
        case 20 where midnight - now <= 1_800:
            time = midnight + Double(Int.random(in: 0...600, using: &rng))
        case 21 where midnight - now <= 6 * 3_600:
            time = midnight - Double(Int.random(in: 700...1_500, using: &rng))
        case 0..<13:
            time = now + Double(Int.random(in: 1...900, using: &rng))
        case 13..<17:
            time = now + Double(Int.random(in: 900...7_200, using: &rng))
        default:
            time = now + Double(Int.random(in: 7_200...21_600, using: &rng))
        }
        return max(now, time)
    }

    /// An intention id: usually an open one (for `start`), sometimes any id, rarely one
    /// that does not exist.
    private func someIntention(open: Bool, using rng: inout SeededGenerator) -> Int {
        let candidates = nexus.intentions.filter { !open || (!$0.isCompleted && !$0.isAbandoned) }
        if Int.random(in: 0..<8, using: &rng) > 0,
            let intention = candidates.randomElement(using: &rng)
        {
            return intention.id
        }
        return Int.random(in: 1...nexus.live.nextIntentionID, using: &rng)
    }

    /// A one-off session near `at`: often touching an existing one, sometimes already over,
    /// sometimes overlapping another (those two are refused by the contract).
    private func randomSession(at: Double, using rng: inout SeededGenerator) -> DailyUseCommand {
        let length = Double(Int.random(in: 10...360, using: &rng) * 60)
        var start = at + Double(Int.random(in: -240...240, using: &rng) * 60)
        if Int.random(in: 0..<4, using: &rng) == 0,
            let neighbour = nexus.sessions.filter({ $0.end > at }).randomElement(using: &rng)
        {
            start = Bool.random(using: &rng) ? neighbour.end : neighbour.start - length
        }
        return .addSession(from: start, to: start + length, at: at)
    }

    /// One or two rules, as `ouro hours set` gives.
    func randomRules(using rng: inout SeededGenerator) -> [DailyUseCommand.Rule] {
        (0..<Int.random(in: 1...2, using: &rng)).map { _ in randomRule(using: &rng) }
    }

    /// A rule biased towards the hours the clocks change (01:00–03:00), overnight spans and
    /// ordinary office hours; usually every day (DST changes happen on Sundays), usually in
    /// the user's zone.
    private func randomRule(using rng: inout SeededGenerator) -> DailyUseCommand.Rule {
        let weekdays: Set<Weekday>
        switch Int.random(in: 0..<8, using: &rng) {
        case 0..<4: weekdays = Set(Weekday.allCases)
        case 4: weekdays = [.monday, .tuesday, .wednesday, .thursday, .friday]
        case 5: weekdays = [.saturday, .sunday]
        default:
            let some = Set(Weekday.allCases.filter { _ in Bool.random(using: &rng) })
            weekdays = some.isEmpty ? [.sunday] : some
        }
        let hour = [0, 1, 1, 1, 2, 2, 2, 3, 8, 9, 9, 13, 21, 22, 23].randomElement(using: &rng)!
        let minute = [0, 0, 15, 30, 45].randomElement(using: &rng)!
        let minutes = [30, 60, 90, 120, 180, 240, 480, 600, 960].randomElement(using: &rng)!
        let end = (hour * 60 + minute + minutes) % 1_440
        let zone =
            Int.random(in: 0..<7, using: &rng) == 0
            ? DailyUseScenario.zones.randomElement(using: &rng)! : self.zone
        return DailyUseCommand.Rule(
            weekdays: weekdays, start: WallTime(hour: hour, minute: minute)!,
            end: WallTime(hour: end / 60, minute: end % 60)!, zone: zone)
    }
}
