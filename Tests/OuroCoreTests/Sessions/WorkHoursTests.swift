import OuroCore
import Testing
import TimerTree

@Suite struct WorkHoursTests {
    private let hour = 3600.0
    /// Midnight UTC of some days of 2024.
    private let may6 = 1_714_953_600.0  // Monday
    private let march9 = 1_709_942_400.0  // Saturday before the US spring-forward
    private let november2 = 1_730_592_000.0 - 86_400  // Saturday before the US fall-back

    private func wall(_ hour: Int, _ minute: Int = 0) -> WallTime {
        WallTime(hour: hour, minute: minute)!
    }

    /// The automatic sessions a rule gives between `from` and `to`, advancing in `step`s.
    private func sessions(
        days: Set<Weekday>, _ start: WallTime, _ end: WallTime, zone: String, from: Double,
        to: Double, step: Double = 3600
    ) throws -> [SessionRecord] {
        var nexus = Nexus()
        try nexus.addWorkHourRule(
            weekdays: days, from: start, to: end, zone: try Zone(identifier: zone), at: from)
        var time = from
        while time < to {
            time = min(to, time + step)
            nexus.advance(to: time)
        }
        return nexus.sessions
    }

    @Test func aShortRuleFollowsTheClocksOnDSTDays() throws {
        let la = "America/Los_Angeles"
        // 01:30 PST to 03:30 PDT on 10 March 2024: one hour.
        let spring = try sessions(
            days: [.sunday], wall(1, 30), wall(3, 30), zone: la, from: march9,
            to: march9 + 3 * 86_400)
        #expect(spring.map(\.start) == [march9 + 86_400 + 9.5 * hour])
        #expect(spring.map { $0.end - $0.start } == [hour])
        // 01:30 PDT (the first one) to 03:30 PST on 3 November 2024: three hours.
        let fall = try sessions(
            days: [.sunday], wall(1, 30), wall(3, 30), zone: la, from: november2,
            to: november2 + 3 * 86_400)
        #expect(fall.map(\.start) == [november2 + 86_400 + 8.5 * hour])
        #expect(fall.map { $0.end - $0.start } == [3 * hour])
    }

    @Test func nineToFiveIsEightHoursOnDSTDays() throws {
        for (day, zone) in [
            (march9 + 86_400, "America/Los_Angeles"), (november2 + 86_400, "America/Los_Angeles"),
            (1_711_843_200.0, "Europe/Berlin"),  // 31 March 2024, Sunday
        ] {
            let found = try sessions(
                days: [.sunday], wall(9), wall(17), zone: zone, from: day - 86_400,
                to: day + 86_400)
            #expect(found.map { $0.end - $0.start } == [8 * hour], "\(zone)")
        }
    }

    @Test func rulesInSeveralZonesResolveTheirOwnWallTimes() throws {
        let wednesday = may6 + 2 * 86_400
        let starts = try ["UTC", "Europe/Berlin", "Asia/Tokyo", "America/New_York"].map {
            try sessions(
                days: [.wednesday], wall(9), wall(17), zone: $0, from: wednesday - 86_400,
                to: wednesday + 2 * 86_400
            ).map(\.start)
        }
        #expect(
            starts == [
                [wednesday + 9 * hour], [wednesday + 7 * hour], [wednesday],
                [wednesday + 13 * hour],
            ])
    }

    @Test func overnightRulesEndTheNextDay() throws {
        let friday = may6 + 4 * 86_400
        let found = try sessions(
            days: [.friday], wall(22), wall(2), zone: "UTC", from: may6, to: may6 + 7 * 86_400)
        #expect(found.map(\.start) == [friday + 22 * hour])
        #expect(found.map(\.end) == [friday + 26 * hour])
    }

    @Test func eachAutomaticSessionIsGeneratedOnceWhateverTheSteps() throws {
        let weekdays: Set<Weekday> = [.monday, .tuesday, .wednesday, .thursday, .friday]
        for step: Double in [1234, hour, 9 * hour, 86_400, 7 * 86_400] {
            let found = try sessions(
                days: weekdays, wall(9), wall(17), zone: "Europe/Berlin", from: may6,
                to: may6 + 7 * 86_400, step: step)
            #expect(found.count == 5, "step \(step)")
            #expect(Set(found.map(\.start)).count == 5)
        }
    }

    @Test func severalRulesAddUp() throws {
        var nexus = Nexus()
        let utc = Zone.utc
        try nexus.addWorkHourRule(
            weekdays: [.monday, .tuesday, .wednesday, .thursday, .friday], from: wall(9),
            to: wall(17), zone: utc, at: may6)
        try nexus.addWorkHourRule(
            weekdays: [.saturday], from: wall(10), to: wall(12), zone: utc, at: may6)
        nexus.advance(to: may6 + 7 * 86_400)
        #expect(nexus.sessions.count == 6)
        #expect(nexus.sessions.last?.start == may6 + 5 * 86_400 + 10 * hour)
        #expect(nexus.sessions.allSatisfy { $0.isAutomatic })
    }

    @Test func advancingExactlyToARuleStartPromptsAndReportsTheSession() throws {
        var nexus = Nexus()
        try nexus.addWorkHourRule(
            weekdays: [.monday], from: wall(9), to: wall(17), zone: .utc, at: may6)
        #expect(nexus.nextSessionStart(after: may6) == may6 + 9 * hour)
        let log = EventLog()
        nexus.advance(to: may6 + 9 * hour, observer: log.record)
        nexus.advance(to: may6 + 9 * hour, observer: log.record)
        #expect(nexus.sessions.count == 1)
        #expect(log.lines.first == "session start \(fmt(may6 + 9 * hour))")
        #expect(nexus.currentInterval?.kind == .startPrompt)
        #expect(nexus.currentInterval?.start == may6 + 9 * hour)
        #expect(nexus.nextSessionStart(after: may6 + 9 * hour) == may6 + 7 * 86_400 + 9 * hour)
        #expect(nexus.nextDeadline == nexus.currentInterval?.end)
        nexus.advance(to: may6 + 17 * hour)
        #expect(nexus.currentInterval == nil)
        #expect(nexus.nextDeadline == may6 + 7 * 86_400 + 9 * hour)
    }

    @Test func aRuleAddedDuringItsHoursStartsASessionNow() throws {
        var nexus = Nexus()
        let log = EventLog()
        try nexus.addWorkHourRule(
            weekdays: [.monday], from: wall(9), to: wall(17), zone: .utc, at: may6 + 10 * hour,
            observer: log.record)
        #expect(nexus.activeSession?.start == may6 + 9 * hour)
        // The prompt is decided at once for the session now under way.
        #expect(
            log.lines == [
                "session start \(fmt(may6 + 9 * hour))",
                "start startPrompt \(fmt(may6 + 10 * hour))-\(fmt(may6 + 10 * hour + 600))",
            ])
        nexus.removeAllWorkHourRules(at: may6 + 11 * hour)
        #expect(nexus.workHourRules.isEmpty)
        #expect(nexus.changes.removedWorkHourRuleIDs == [1])
        // model.md "Changing the rules": the session under way ends now.
        #expect(nexus.sessions.map(\.end) == [may6 + 11 * hour])
        // Setting the same hours again never doubles the day: the ended part keeps its span,
        // the rest of the day is one new session.
        try nexus.addWorkHourRule(
            weekdays: [.monday], from: wall(9), to: wall(17), zone: .utc, at: may6 + 11 * hour)
        #expect(nexus.sessions.map(\.start) == [may6 + 9 * hour, may6 + 11 * hour])
        #expect(nexus.sessions.map(\.end) == [may6 + 11 * hour, may6 + 17 * hour])
        // Replacing a rule by an equal one changes nothing.
        try nexus.addWorkHourRule(
            weekdays: [.monday], from: wall(9), to: wall(17), zone: .utc, at: may6 + 11 * hour)
        #expect(nexus.workHourRules.count == 1)
        #expect(nexus.sessions.count == 2)
        #expect(throws: NexusError.noWeekdays) {
            try nexus.addWorkHourRule(
                weekdays: [], from: wall(9), to: wall(17), zone: .utc, at: may6 + 11 * hour)
        }
    }

    @Test func rulesSurviveTheBinaryForm() throws {
        var nexus = Nexus()
        try nexus.addWorkHourRule(
            weekdays: [.monday, .sunday], from: WallTime(hour: 22, minute: 15, second: 30)!,
            to: wall(2), zone: try Zone(identifier: "Asia/Kolkata"), at: may6)
        let snapshot = nexus.snapshot
        #expect(try NexusSnapshot(encoded: snapshot.encoded()) == snapshot)
    }
}
