import OuroCore
import Testing
import TimerTree

/// Random days of rule changes (mid-session included), one-off sessions and pomodoros, in
/// zones with DST days: sessions never overlap, never last over a day, and a refused change
/// leaves the sessions and rules as they were.
@Suite struct SessionPropertyTests {
    private func wall(using rng: inout SeededGenerator) -> WallTime {
        WallTime(
            hour: Int.random(in: 0..<24, using: &rng),
            minute: [0, 10, 30, 45].randomElement(using: &rng)!)!
    }

    private func draft(zone: Zone, using rng: inout SeededGenerator) -> WorkHourRuleDraft {
        var days = Set(Weekday.allCases.filter { _ in Bool.random(using: &rng) })
        if days.isEmpty { days = [.sunday] }
        return WorkHourRuleDraft(
            weekdays: days, start: wall(using: &rng), end: wall(using: &rng), zone: zone)
    }

    @Test(arguments: [
        ("America/Los_Angeles", 1_709_942_400.0),  // 9 March 2024, before spring-forward
        ("America/Los_Angeles", 1_730_505_600.0),  // 2 November 2024, before fall-back
        ("Europe/Berlin", 1_711_756_800.0),  // 30 March 2024, before spring-forward
        ("UTC", 1_714_953_600.0),
    ])
    func sessionsNeverOverlap(zoneName: String, origin: Double) throws {
        let zone = try Zone(identifier: zoneName)
        for seed in UInt64(1)...6 {
            var rng = SeededGenerator(seed: seed ^ UInt64(origin))
            var nexus = Nexus()
            var clock = origin
            while clock < origin + 4 * 86_400 {
                clock += Double(Int.random(in: 60...7_200, using: &rng))
                var before = nexus
                before.advance(to: clock)
                do {
                    switch Int.random(in: 0..<8, using: &rng) {
                    case 0, 1:
                        let count = Int.random(in: 0...2, using: &rng)
                        try nexus.replaceWorkHourRules(
                            with: (0..<count).map { _ in draft(zone: zone, using: &rng) },
                            at: clock)
                    case 2:
                        let start = clock + Double.random(in: -7_200...20_000, using: &rng)
                        try nexus.addSession(
                            from: start,
                            to: start + Double.random(in: 60...30_000, using: &rng), at: clock)
                    case 3:
                        let id = try nexus.addIntention(title: "t", at: clock)
                        try nexus.startPomodoro(intention: id, at: clock)
                    default:
                        nexus.advance(to: clock)
                    }
                } catch {
                    #expect(nexus.sessions == before.sessions, "seed \(seed) at \(clock)")
                    #expect(nexus.workHourRules == before.workHourRules)
                }
                let sorted = nexus.sessions.sorted { $0.start < $1.start }
                for (earlier, later) in zip(sorted, sorted.dropFirst()) {
                    #expect(
                        earlier.end <= later.start,
                        "seed \(seed): \(earlier) overlaps \(later)")
                }
                for session in sorted {
                    #expect(session.end > session.start)
                    #expect(session.end - session.start <= 86_400)
                }
            }
        }
    }
}
