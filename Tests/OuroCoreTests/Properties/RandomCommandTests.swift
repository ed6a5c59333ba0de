import OuroCore
import Testing
import TimerTree

@Suite struct RandomCommandTests {
    /// Applies one random command (or advance) at a time near `clock`; refusals are fine.
    private func step(
        _ nexus: inout Nexus, clock: inout Double, using rng: inout SeededGenerator
    ) {
        // Mostly forward, sometimes backwards (clocks step back), sometimes a long absence.
        switch Int.random(in: 0..<20, using: &rng) {
        case 0: clock -= Double.random(in: 0...600, using: &rng)
        case 1: clock += Double.random(in: 0...200_000, using: &rng)
        default: clock += Double(Int.random(in: 0...400, using: &rng))
        }
        let intentions = max(1, nexus.live.nextIntentionID - 1)
        let someIntention = Int.random(in: 1...intentions + 1, using: &rng)
        let somePomodoro = Int.random(in: 1...max(1, nexus.live.nextIntervalID), using: &rng)
        do {
            switch Int.random(in: 0..<13, using: &rng) {
            case 0, 1: nexus.advance(to: clock)
            case 2: try nexus.addIntention(title: "t", estimate: 1500, at: clock)
            case 3, 4, 5: try nexus.startPomodoro(intention: someIntention, at: clock)
            case 6:
                let result = EvaluationResult.allCases.randomElement(using: &rng)!
                try nexus.evaluate(pomodoro: somePomodoro, as: result, at: clock)
            case 7:
                if let current = nexus.currentInterval, current.kind == .pomodoro {
                    try nexus.evaluate(pomodoro: current.id, as: .achieved, at: clock)
                }
            case 8: try nexus.abandon(someIntention, at: clock)
            case 9:
                let start = clock + Double.random(in: -3000...3000, using: &rng)
                try nexus.addSession(
                    from: start, to: start + Double.random(in: 1...20_000, using: &rng),
                    at: clock)
            case 10: try nexus.estimate(someIntention, duration: 900, at: clock)
            case 11:
                let days = Set(Weekday.allCases.filter { _ in Bool.random(using: &rng) })
                try nexus.addWorkHourRule(
                    weekdays: days,
                    from: WallTime(hour: Int.random(in: 0..<24, using: &rng), minute: 30)!,
                    to: WallTime(hour: Int.random(in: 0..<24, using: &rng), minute: 0)!,
                    zone: try Zone(identifier: "America/Los_Angeles"), at: clock)
            default:
                let pairs = (0..<Int.random(in: 1...4, using: &rng)).map { _ in
                    (
                        pomodoro: Double(Int.random(in: 1...40, using: &rng)),
                        rest: Bool.random(using: &rng)
                            ? Double(Int.random(in: 1...10, using: &rng)) : nil
                    )
                }
                nexus.setStreakRules(StreakRules(minutes: pairs)!, at: clock)
            }
        } catch {
            // A typed refusal; the invariants below must still hold.
        }
    }

    /// Intervals in id order never overlap and never run backwards.
    private func checkIntervals(_ nexus: Nexus, seed: UInt64) {
        var previousEnd = -Double.infinity
        for interval in nexus.intervals {
            #expect(interval.end >= interval.start, "seed \(seed): negative \(interval)")
            #expect(interval.start >= previousEnd, "seed \(seed): overlap at \(interval)")
            previousEnd = interval.end
        }
        if let current = nexus.currentInterval, let now = nexus.now {
            #expect(current.start <= now && now < current.end, "seed \(seed): stale current")
        }
    }

    @Test(arguments: 0..<300)
    func randomCommandSequencesKeepTheModelSound(seed: Int) throws {
        var rng = SeededGenerator(seed: UInt64(seed))
        var nexus = Nexus()
        var clock = Double(Int.random(in: 0...1_000_000, using: &rng))
        for _ in 0..<60 { step(&nexus, clock: &clock, using: &rng) }
        checkIntervals(nexus, seed: UInt64(seed))
        let horizon = (nexus.now ?? 0) + 1
        let score = nexus.score(from: -1e12, through: horizon)
        #expect(score >= 0)
        var reloaded = try Nexus(snapshot: NexusSnapshot(encoded: nexus.snapshot.encoded()))
        #expect(reloaded.snapshot == nexus.snapshot)
        #expect(reloaded.score(from: -1e12, through: horizon) == score)
        let later = (nexus.now ?? 0) + 5000
        nexus.advance(to: later)
        reloaded.advance(to: later)
        #expect(reloaded.snapshot == nexus.snapshot)
        checkIntervals(nexus, seed: UInt64(seed))
    }
}
