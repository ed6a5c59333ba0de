import OuroCore
import Testing
import TimerTree

/// A forward jump of years creates each automatic session once, in time linear in the
/// sessions it creates (100 years took 1.5 s and 400 years 13.5 s while every new session
/// scanned all the others).
@Suite struct LongJumpTests {
    /// Tuesday 2026-12-01 10:00 UTC.
    private let tuesday = 1_796_119_200.0

    @Test func aTenYearJumpMakesOneSessionPerWorkday() throws {
        var nexus = Nexus()
        try nexus.addWorkHourRule(
            weekdays: [.monday, .tuesday, .wednesday, .thursday, .friday],
            from: WallTime(hour: 9, minute: 0)!, to: WallTime(hour: 17, minute: 0)!,
            zone: try Zone(identifier: "UTC"), at: tuesday)
        let days = 3_653
        let target = tuesday + Double(days) * 86_400
        let clock = ContinuousClock()
        let elapsed = clock.measure { nexus.advance(to: target) }
        // A figure for the report, not a timed assertion (the machine may be loaded).
        print("a 10-year jump took \(elapsed)")
        let firstDay = Int((tuesday / 86_400).rounded(.down))
        let workdays = (firstDay...firstDay + days).filter {
            CivilDate(daysSinceEpoch: $0).weekday.rawValue < Weekday.saturday.rawValue
        }
        let sessions = nexus.sessions.sorted { $0.start < $1.start }
        #expect(sessions.count == workdays.count)
        #expect(sessions.map(\.start) == workdays.map { Double($0) * 86_400 + 9 * 3_600 })
        #expect(sessions.allSatisfy { $0.end - $0.start == 8 * 3_600 })
        #expect(nexus.currentInterval?.kind == .startPrompt)
    }

    @Test func aJumpFillsOnlyTheGapsAroundManualSessions() throws {
        var nexus = Nexus()
        let day = 86_400.0
        // Manual sessions on days 3 (noon to 14:00) and 5 (08:00 to 10:00), then daily rules.
        try nexus.addSession(from: 3 * day + 12 * 3_600, to: 3 * day + 14 * 3_600, at: 0)
        try nexus.addSession(from: 5 * day + 8 * 3_600, to: 5 * day + 10 * 3_600, at: 0)
        try nexus.addWorkHourRule(
            weekdays: Set(Weekday.allCases), from: WallTime(hour: 9, minute: 0)!,
            to: WallTime(hour: 17, minute: 0)!, zone: try Zone(identifier: "UTC"), at: 60)
        nexus.advance(to: 7 * day)
        let automatic = nexus.sessions.filter(\.isAutomatic).sorted { $0.start < $1.start }
        // Each as "start hour+length in hours".
        let spans = automatic.map { session -> String in
            let hour = Int(session.start.truncatingRemainder(dividingBy: day) / 3_600)
            return "\(hour)+\(Int((session.end - session.start) / 3_600))"
        }
        #expect(spans == ["9+8", "9+8", "9+8", "9+3", "14+3", "9+8", "10+7", "9+8"])
    }
}
