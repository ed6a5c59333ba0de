import OuroCore
import Testing
import TimerTree

/// model.md "Changing the rules": one entry point rebuilds the automatic sessions that have
/// not ended, so a change of work hours never doubles a day.
@Suite struct RuleChangeTests {
    private let hour = 3600.0
    private let weekdays: Set<Weekday> = [.monday, .tuesday, .wednesday, .thursday, .friday]
    /// Monday 6 May 2024 and Sunday 10 March 2024 (US spring-forward): local dates.
    private let may6 = CivilDate(year: 2024, month: 5, day: 6)!
    private let march10 = CivilDate(year: 2024, month: 3, day: 10)!

    private func wall(_ hour: Int, _ minute: Int = 0) -> WallTime {
        WallTime(hour: hour, minute: minute)!
    }

    private func at(_ date: CivilDate, _ hour: Int, _ minute: Int = 0, _ zone: Zone) -> Double {
        zone.instant(of: CivilDateTime(date: date, time: wall(hour, minute)))
    }

    /// A model with one rule, `days` 09:00–17:00 in `zone`, advanced to `now`.
    private func nineToFive(
        days: Set<Weekday>, zone: Zone, from: Double, to now: Double
    ) throws
        -> Nexus
    {
        var nexus = Nexus()
        try nexus.addWorkHourRule(weekdays: days, from: wall(9), to: wall(17), zone: zone, at: from)
        nexus.advance(to: now)
        return nexus
    }

    /// The sessions that reach into the local day `date`.
    private func sessions(_ nexus: Nexus, on date: CivilDate, _ zone: Zone) -> [SessionRecord] {
        let start = at(date, 0, 0, zone)
        let end = zone.instant(of: CivilDateTime(date: date.adding(days: 1), time: wall(0)))
        return nexus.sessions(overlapping: start, end.nextDown)
    }

    @Test(arguments: ["UTC", "America/Los_Angeles", "Europe/Berlin", "Asia/Kolkata"])
    func changingTheHoursMidSessionRebuildsTodaysSession(zoneName: String) throws {
        let zone = try Zone(identifier: zoneName)
        let now = at(may6, 10, 0, zone)
        var nexus = try nineToFive(days: weekdays, zone: zone, from: now - 86_400, to: now)
        #expect(nexus.currentInterval?.kind == .startPrompt)
        let log = EventLog()
        try nexus.replaceWorkHourRules(
            with: [
                WorkHourRuleDraft(
                    weekdays: weekdays, start: wall(9, 30), end: wall(17, 45), zone: zone)
            ],
            at: now, observer: log.record)
        let today = sessions(nexus, on: may6, zone)
        #expect(today.count == 1)
        #expect(today.first?.start == at(may6, 9, 30, zone))
        #expect(today.first?.end == at(may6, 17, 45, zone))
        #expect(today.first?.isAutomatic == true)
        // The prompt under way was ended and recomputed for the rebuilt session, exactly as
        // a model that always had that session shows it.
        var reference = Nexus()
        try reference.addSession(
            from: at(may6, 9, 30, zone), to: at(may6, 17, 45, zone), at: now - hour)
        reference.advance(to: now)
        let prompt = try #require(nexus.currentInterval)
        #expect(prompt.kind == .startPrompt)
        #expect(prompt.start == now)
        #expect(prompt.end == reference.currentInterval?.end)
        #expect(prompt.pointsBeforeLoss == reference.currentInterval?.pointsBeforeLoss)
        #expect(
            nexus.perfectScore(of: try #require(today.first))
                == reference.perfectScore(of: try #require(reference.sessions.first)))
        // Later days follow the new rules, once each.
        nexus.advance(to: at(may6.adding(days: 1), 12, 0, zone))
        let tomorrow = sessions(nexus, on: may6.adding(days: 1), zone)
        #expect(tomorrow.map(\.start) == [at(may6.adding(days: 1), 9, 30, zone)])
        #expect(tomorrow.map(\.end) == [at(may6.adding(days: 1), 17, 45, zone)])
        #expect(sessions(nexus, on: may6, zone).count == 1)
    }

    @Test(arguments: [
        ("America/Los_Angeles", CivilDate(year: 2024, month: 3, day: 10)!),
        ("America/Los_Angeles", CivilDate(year: 2024, month: 11, day: 3)!),
        ("Europe/Berlin", CivilDate(year: 2024, month: 3, day: 31)!),
    ])
    func aRebuildOnADSTDayResolvesTheNewWallTimes(zoneName: String, day: CivilDate) throws {
        let zone = try Zone(identifier: zoneName)
        let now = at(day, 10, 0, zone)
        var nexus = try nineToFive(days: [.sunday], zone: zone, from: now - 86_400, to: now)
        try nexus.replaceWorkHourRules(
            with: [
                WorkHourRuleDraft(weekdays: [.sunday], start: wall(8), end: wall(16), zone: zone)
            ],
            at: now)
        let today = sessions(nexus, on: day, zone)
        #expect(today.map(\.start) == [at(day, 8, 0, zone)])
        // 08:00–16:00 lies after the 02:00/03:00 change: eight hours of the new rule.
        #expect(today.map { $0.end - $0.start } == [8 * hour])
    }

    @Test func rulesThatNoLongerCoverNowEndTheSessionNow() throws {
        let zone = try Zone(identifier: "Europe/Berlin")
        let now = at(may6, 10, 0, zone)
        var nexus = try nineToFive(days: weekdays, zone: zone, from: now - 86_400, to: now)
        let log = EventLog()
        try nexus.replaceWorkHourRules(
            with: [
                WorkHourRuleDraft(weekdays: weekdays, start: wall(14), end: wall(18), zone: zone)
            ],
            at: now, observer: log.record)
        #expect(sessions(nexus, on: may6, zone).map(\.end) == [now])
        #expect(
            log.lines == ["end startPrompt \(fmt(now))-\(fmt(now))", "session end \(fmt(now))"]
                || log.lines == [
                    "session end \(fmt(now))", "end startPrompt \(fmt(now))-\(fmt(now))",
                ])
        #expect(nexus.activeSession == nil)
        #expect(nexus.currentInterval == nil)
        nexus.advance(to: at(may6, 15, 0, zone))
        #expect(
            sessions(nexus, on: may6, zone).map(\.start) == [
                at(may6, 9, 0, zone), at(may6, 14, 0, zone),
            ])
        #expect(nexus.activeSession?.end == at(may6, 18, 0, zone))
    }

    @Test func clearingTheRulesEndsTheSessionAndEndedSessionsKeepTheirSpan() throws {
        let now = at(may6, 10, 0, .utc)
        var nexus = try nineToFive(days: weekdays, zone: .utc, from: now - 86_400, to: now)
        nexus.removeAllWorkHourRules(at: now)
        #expect(nexus.workHourRules.isEmpty)
        #expect(nexus.sessions.map(\.end) == [now])
        #expect(nexus.sessions.map(\.start) == [at(may6, 9, 0, .utc)])
        // The same hours again give today's span where no session is: the ended one keeps
        // its span, the new one touches it.
        try nexus.addWorkHourRule(
            weekdays: weekdays, from: wall(9), to: wall(17), zone: .utc, at: now + hour)
        #expect(nexus.sessions.map(\.start) == [at(may6, 9, 0, .utc), now])
        #expect(nexus.sessions.map(\.end) == [now, at(may6, 17, 0, .utc)])
    }

    @Test func aRebuildThatWouldLeaveAZeroLengthSessionDropsIt() throws {
        let nine = at(may6, 9, 0, .utc)
        var nexus = try nineToFive(days: weekdays, zone: .utc, from: nine - 86_400, to: nine)
        let id = try #require(nexus.activeSession?.id)
        nexus.markSaved()
        nexus.removeAllWorkHourRules(at: nine)
        #expect(nexus.sessions.isEmpty)
        #expect(nexus.changes.removedSessionIDs == [id])
        #expect(nexus.currentInterval == nil)
    }

    @Test func aRebuildMidSessionKeepsThePomodorosAndTheScoreDoneSoFar() throws {
        let nine = at(may6, 9, 0, .utc)
        var nexus = try nineToFive(days: weekdays, zone: .utc, from: nine - 86_400, to: nine)
        let intention = try nexus.addIntention(title: "write", at: nine + 60)
        try nexus.startPomodoro(intention: intention, at: nine + 120)
        // 09:02–09:07 a pomodoro, then its break: the rebuild happens during the break.
        let now = nine + 10 * 60
        nexus.advance(to: now)
        let dayStart = at(may6, 0, 0, .utc)
        let dayScore = nexus.score(from: dayStart, through: now)
        let sessionScore = nexus.score(from: nine, through: now)
        let intervals = nexus.intervals
        let current = nexus.currentInterval
        #expect(current?.kind == .break)
        #expect(dayScore > 0)
        // Earlier: the pomodoros lie inside the rebuilt session, whose score keeps them.
        try nexus.replaceWorkHourRules(
            with: [
                WorkHourRuleDraft(
                    weekdays: weekdays, start: wall(8, 30), end: wall(16, 30), zone: .utc)
            ],
            at: now)
        let rebuilt = try #require(nexus.activeSession)
        #expect(rebuilt.start == at(may6, 8, 30, .utc))
        #expect(nexus.sessions.count == 1)
        #expect(nexus.score(from: rebuilt.start, through: rebuilt.end) == sessionScore)
        #expect(nexus.idealScore(of: rebuilt) >= sessionScore)
        #expect(nexus.score(from: dayStart, through: now) == dayScore)
        #expect(nexus.intervals == intervals)
        #expect(nexus.currentInterval == current)
        // Later, and then none: nothing that happened is lost from the day.
        try nexus.replaceWorkHourRules(
            with: [
                WorkHourRuleDraft(
                    weekdays: weekdays, start: wall(9, 5), end: wall(17, 5), zone: .utc)
            ],
            at: now)
        #expect(nexus.activeSession?.start == at(may6, 9, 5, .utc))
        nexus.removeAllWorkHourRules(at: now + 60)
        #expect(nexus.activeSession == nil)
        #expect(nexus.score(from: dayStart, through: now) == dayScore)
        #expect(Array(nexus.intervals.prefix(intervals.count)).map(\.id) == intervals.map(\.id))
    }

    @Test func overlappingRulesMergeIntoOneSession() throws {
        let monday = at(may6, 0, 0, .utc)
        var nexus = Nexus()
        try nexus.addWorkHourRule(
            weekdays: [.monday], from: wall(9), to: wall(17), zone: .utc, at: monday)
        try nexus.addWorkHourRule(
            weekdays: [.monday], from: wall(16), to: wall(20), zone: .utc, at: monday)
        // An overnight rule and a morning rule the next day overlap, too.
        try nexus.addWorkHourRule(
            weekdays: [.tuesday], from: wall(22), to: wall(2), zone: .utc, at: monday)
        try nexus.addWorkHourRule(
            weekdays: [.wednesday], from: wall(1), to: wall(6), zone: .utc, at: monday)
        // Touching is not overlapping: 20:00–21:00 stays apart.
        try nexus.addWorkHourRule(
            weekdays: [.monday], from: wall(20), to: wall(21), zone: .utc, at: monday)
        nexus.advance(to: monday + 3 * 86_400)
        #expect(
            nexus.sessions.map { [$0.start - monday, $0.end - monday] } == [
                [9 * hour, 20 * hour], [20 * hour, 21 * hour],
                [(24 + 22) * hour, (48 + 6) * hour],
            ])
        #expect(
            nexus.nextSessionStart(after: monday + 3 * 86_400) == monday + 7 * 86_400 + 9 * hour)
    }

    @Test func rulesWhoseMergedSessionsExceedADayAreRefused() throws {
        let now = at(may6, 10, 0, .utc)
        var nexus = try nineToFive(days: weekdays, zone: .utc, from: now - 86_400, to: now)
        let before = nexus
        #expect(throws: NexusError.workHoursTooLong(from: now)) {
            try nexus.replaceWorkHourRules(
                with: [
                    WorkHourRuleDraft(
                        weekdays: [.monday], start: wall(8), end: wall(21, 30), zone: .utc),
                    WorkHourRuleDraft(
                        weekdays: [.monday], start: wall(21), end: wall(9), zone: .utc),
                ], at: now)
        }
        #expect(nexus.sessions == before.sessions)
        #expect(nexus.workHourRules == before.workHourRules)
        // A whole day is fine on its own.
        try nexus.replaceWorkHourRules(
            with: [
                WorkHourRuleDraft(weekdays: [.saturday], start: wall(0), end: wall(0), zone: .utc)
            ],
            at: now)
    }

    @Test func aSpanWhollyInASpringForwardGapGivesNoSession() throws {
        let zone = try Zone(identifier: "America/Los_Angeles")
        var nexus = Nexus()
        let saturday = at(march10.adding(days: -1), 12, 0, zone)
        try nexus.addWorkHourRule(
            weekdays: [.sunday], from: wall(2, 10), to: wall(2, 50), zone: zone, at: saturday)
        nexus.advance(to: saturday + 2 * 86_400)
        #expect(nexus.sessions.isEmpty)
        // A span that only starts in the gap still gives what is left of it after the change:
        // 03:30–04:00 PDT.
        var shifted = Nexus()
        try shifted.addWorkHourRule(
            weekdays: [.sunday], from: wall(2, 30), to: wall(4), zone: zone, at: saturday)
        shifted.advance(to: saturday + 2 * 86_400)
        #expect(shifted.sessions.map { $0.end - $0.start } == [30 * 60])
    }
}
