import Foundation
import Testing
import TimerTree

@Suite struct PersistenceTests {
    static let berlin = "Europe/Berlin"
    static let la = "America/Los_Angeles"

    /// Saves one-shot and repeating work on every rule from Berlin, 2026-03-27 12:00.
    func savedSchedule(log: WorkLog = WorkLog()) throws -> (json: String, times: [CivilTime]) {
        let start = civilTime(Self.berlin, 2026, 3, 27, 12)
        let (_, persistent) = makePersistent(Self.berlin, at: start.instant, log: log)
        try persistent.callAt(civilTime(Self.berlin, 2026, 3, 29, 8, 15), Reminder(text: "stretch"))
        try persistent.callAt(civilTime(Self.la, 2026, 3, 28, 9), Reminder(text: "call LA"))
        try persistent.repeatedly(rule: EveryDays(at: wall(9, 0)), Chime(name: "daily"))
        try persistent.repeatedly(
            rule: Weekly(on: [.friday, .monday], at: wall(15, 10)), Chime(name: "weekly"))
        try persistent.repeatedly(
            rule: EveryYears(month: 2, day: 29, at: wall(7, 0)), Chime(name: "leap"))
        return (try persistent.save(), persistent.pendingCalls.map(\.when))
    }

    @Test func aRoundTripSavesTheSameDocumentAndArmsTheSameTimes() throws {
        let (json, times) = try savedSchedule()
        let log = WorkLog()
        let (driver, loaded) = makePersistent(
            Self.berlin, at: civilTime(Self.berlin, 2026, 3, 27, 12).instant, log: log)
        let calls = try loaded.load(json)
        #expect(calls.map(\.when) == times)
        #expect(calls.map(\.when.zone) == times.map(\.zone))
        #expect(calls.map(\.when.civil) == times.map(\.civil))
        #expect(try loaded.save() == json)
        #expect(log.reminders.isEmpty && log.chimes.isEmpty)
        #expect(driver.nextWakeUp == times.first?.instant)
        #expect(
            times.map(\.civil) == [
                civil(2026, 3, 27, 15, 10),  // weekly, Friday
                civil(2026, 3, 28, 9, 0),  // daily, Berlin
                civil(2026, 3, 28, 9, 0),  // reminder, Los Angeles (17:00 in Berlin)
                civil(2026, 3, 29, 8, 15),  // reminder, Berlin
                civil(2027, 2, 28, 7, 0),  // leap, 2027 has no 29 February
            ])
    }

    @Test func theDocumentNamesTypeCodesWallTimesZonesAndInstants() throws {
        let (json, _) = try savedSchedule()
        #expect(json.hasPrefix(#"{"calls":[{"data":{"name":"weekly"},"rule":"weekly","#))
        #expect(json.contains(#""ruleData":{"days":1,"time":{"hour":9,"minute":0,"second":0}}"#))
        #expect(json.contains(#""time":{"instant":1774684800,"wall":{"date":{"day":28,"#))
        #expect(json.contains(#""work":"reminder""#))
        #expect(json.contains(#""zone":"America\/Los_Angeles""#))
        #expect(
            json.contains(
                #""rule":"weekly","ruleData":{"time":{"hour":15,"minute":10,"second":0},"weekdays":[1,5]}"#
            ))
        #expect(json.contains(#""rule":"everyYears","ruleData":{"day":29,"month":2"#))
        #expect(json.hasSuffix(#""version":1}"#))
    }

    @Test func afterADowntimeDueCallsFireOnTheFirstWakeUpAndMissedStepsComeInOneCall() throws {
        let (json, _) = try savedSchedule()
        let log = WorkLog()
        // Ten days later, 2026-04-06 10:00 Berlin: every saved time has passed.
        let (driver, loaded) = makePersistent(
            Self.berlin, at: civilTime(Self.berlin, 2026, 4, 6, 10).instant, log: log)
        try loaded.load(json)
        #expect(log.reminders.isEmpty && log.chimes.isEmpty)
        driver.advance(by: 0)
        #expect(log.reminders.map(\.text) == ["call LA", "stretch"])
        #expect(log.reminders.allSatisfy { $0.now == civilTime(Self.berlin, 2026, 4, 6, 10) })
        #expect(log.chimes.map(\.name) == ["weekly", "daily"])
        let daily = log.chimes[1].steps
        #expect(daily.map(\.civil.date) == (28...37).map { date(2026, 3, 1).adding(days: $0 - 1) })
        #expect(daily.allSatisfy { $0.civil.time == wall(9, 0) && $0.zone == zone(Self.berlin) })
        #expect(daily.map(\.offset).first == 3600 && daily.map(\.offset).last == 7200)
        #expect(
            log.chimes[0].steps.map(\.civil.date) == [
                date(2026, 3, 27), date(2026, 3, 30), date(2026, 4, 3),
            ])
        #expect(log.chimes[1].next.when == civilTime(Self.berlin, 2026, 4, 7, 9))
        #expect(log.chimes[0].next.when == civilTime(Self.berlin, 2026, 4, 6, 15, 10))
        // Then the repetition goes on, one occurrence per wake-up.
        driver.advance()
        #expect(log.chimes.count == 3)
        #expect(log.chimes[2].steps.map(\.civil) == [civil(2026, 4, 6, 15, 10)])
    }

    @Test func aRepeatingCallNotYetDueRunsAtItsReferenceWithOneStep() throws {
        let (json, times) = try savedSchedule()
        let log = WorkLog()
        let (driver, loaded) = makePersistent(
            Self.berlin, at: civilTime(Self.berlin, 2026, 3, 27, 12).instant, log: log)
        try loaded.load(json)
        #expect(log.chimes.isEmpty)
        driver.advance()
        #expect(log.chimes.map(\.name) == ["weekly"])
        #expect(loaded.scheduler.now() == times[0])
        #expect(log.chimes[0].steps == [times[0]])
        #expect(log.reminders.isEmpty)
    }

    @Test func anUnknownWorkTypeCodeIsAnErrorNamingIt() throws {
        let (json, _) = try savedSchedule()
        let (_, loaded) = makePersistent(Self.berlin, at: 0, log: WorkLog())
        let renamed = json.replacingOccurrences(of: #""work":"reminder""#, with: #""work":"nap""#)
        #expect(throws: PersistenceError.unknownWorkType("nap", repeating: false)) {
            try loaded.load(renamed)
        }
        #expect(loaded.scheduler.pendingCount == 0)
        let error = PersistenceError.unknownWorkType("nap", repeating: false)
        #expect(
            error.description
                == "unknown work type code 'nap': no work is registered under it "
                + "(WorkRegistry.register)")
        let repeating = json.replacingOccurrences(of: #""work":"chime""#, with: #""work":"gong""#)
        #expect(throws: PersistenceError.unknownWorkType("gong", repeating: true)) {
            try loaded.load(repeating)
        }
        #expect(
            PersistenceError.unknownWorkType("gong", repeating: true).description
                .hasPrefix("unknown repeating work type code 'gong'"))
    }

    @Test func anUnknownRuleTypeCodeIsAnErrorNamingIt() throws {
        let (json, _) = try savedSchedule()
        let (_, loaded) = makePersistent(Self.berlin, at: 0, log: WorkLog())
        let renamed = json.replacingOccurrences(of: #""rule":"weekly""#, with: #""rule":"monthly""#)
        #expect(throws: PersistenceError.unknownRuleType("monthly")) { try loaded.load(renamed) }
        #expect(loaded.scheduler.pendingCount == 0)
        #expect(
            PersistenceError.unknownRuleType("monthly").description
                .hasPrefix("unknown rule type code 'monthly'"))
    }

    @Test func anotherFormatVersionIsRefused() throws {
        let (_, loaded) = makePersistent(Self.berlin, at: 0, log: WorkLog())
        #expect(throws: PersistenceError.unsupportedVersion(2)) {
            try loaded.load(#"{"calls":[],"version":2}"#)
        }
    }

    @Test func unregisteredWorkCannotBeScheduled() {
        let scheduler = Scheduler(driver: CivilDriver(MemoryDriver(), zone: .utc))
        let persistent = PersistentScheduler(scheduler: scheduler, registry: WorkRegistry())
        #expect(throws: PersistenceError.unknownWorkType("reminder", repeating: false)) {
            try persistent.callAt(scheduler.now(), Reminder(text: "x"))
        }
        #expect(throws: PersistenceError.unknownWorkType("chime", repeating: true)) {
            try persistent.repeatedly(rule: EveryDays(at: wall(9, 0)), Chime(name: "x"))
        }
        #expect(scheduler.pendingCount == 0)
    }

    @Test func savedTimesFollowTzDatabaseUpdatesThroughTheWallTime() throws {
        let log = WorkLog()
        let (_, persistent) = makePersistent(Self.berlin, at: 0, log: log)
        let nine = civilTime(Self.berlin, 2026, 7, 1, 9)
        try persistent.callAt(nine, Reminder(text: "standup"))
        let json = try persistent.save()
        // As if the zone's rules had changed: the saved instant now reads 10:00, not 09:00.
        let stale = json.replacingOccurrences(
            of: "\"instant\":\(Int(nine.instant))", with: "\"instant\":\(Int(nine.instant) - 3600)")
        #expect(stale != json)
        let (_, loaded) = makePersistent(Self.berlin, at: 0, log: WorkLog())
        let calls = try loaded.load(stale)
        #expect(calls.map(\.when.instant) == [nine.instant])
        #expect(calls[0].when.civil == civil(2026, 7, 1, 9, 0))
    }

    @Test func theSecondOfTwoEqualReadingsAndFractionsSurviveARoundTrip() throws {
        let (_, persistent) = makePersistent(Self.la, at: 0, log: WorkLog())
        // 01:30 PST on 2026-11-01: the second 01:30 of the day.
        let second = CivilTime(instant: 1_793_525_400.25, zone: zone(Self.la))
        try persistent.callAt(second, Reminder(text: "again"))
        let (_, loaded) = makePersistent(Self.la, at: 0, log: WorkLog())
        let calls = try loaded.load(try persistent.save())
        #expect(calls.map(\.when.instant) == [1_793_525_400.25])
        #expect(calls[0].when.offset == -28_800)
    }

    @Test func cancelledAndFinishedWorkIsNotSaved() throws {
        let log = WorkLog()
        let start = civilTime(Self.berlin, 2026, 3, 27, 12)
        let (driver, persistent) = makePersistent(Self.berlin, at: start.instant, log: log)
        let soon = try persistent.callAt(
            civilTime(Self.berlin, 2026, 3, 27, 13), Reminder(text: "a"))
        let dropped = try persistent.callAt(
            civilTime(Self.berlin, 2026, 3, 28, 13), Reminder(text: "b"))
        try persistent.repeatedly(rule: EveryDays(at: wall(9, 0)), Chime(name: "daily"))
        dropped.cancel()
        driver.advance(by: 3600)
        #expect(soon.state == .called)
        #expect(persistent.pendingCalls.count == 1)
        // Repeating work stopped from inside its own call is dropped too.
        log.chimes.last?.next.cancel()
        #expect(persistent.pendingCalls.isEmpty)
        #expect(try persistent.save() == #"{"calls":[],"version":1}"#)
    }

    @Test func savingDuringARepetitionRecordsItsNextReference() throws {
        let log = WorkLog()
        let start = civilTime(Self.la, 2026, 3, 6, 16)
        let (driver, persistent) = makePersistent(Self.la, at: start.instant, log: log)
        try persistent.repeatedly(
            rule: Weekly(on: [.monday, .wednesday, .friday], at: wall(15, 10)), Chime(name: "w"))
        driver.advance()
        let json = try persistent.save()
        let (_, loaded) = makePersistent(Self.la, at: start.instant, log: WorkLog())
        let calls = try loaded.load(json)
        // Monday 2026-03-09 ran at 15:10 PDT; the next reference is Wednesday 15:10 PDT.
        #expect(log.chimes.last?.steps.map(\.instant) == [1_773_094_200])
        #expect(calls.map(\.when.instant) == [1_773_267_000])
    }
}

@Suite struct SavedDataValidationTests {
    @Test(arguments: [
        #"{"days":0,"time":{"hour":9,"minute":0,"second":0}}"#,
        #"{"days":1,"time":{"hour":24,"minute":0,"second":0}}"#,
        #"{"days":1,"time":{"hour":9,"minute":60,"second":0}}"#,
    ])
    func invalidEveryDaysDataIsRefused(json: String) {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(EveryDays.self, from: Data(json.utf8))
        }
    }

    @Test func invalidWeeklyAndEveryYearsDataIsRefused() {
        let time = #""time":{"hour":9,"minute":0,"second":0}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Weekly.self, from: Data(#"{"weekdays":[],\#(time)}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Weekly.self, from: Data(#"{"weekdays":[8],\#(time)}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(
                EveryYears.self,
                from: Data(#"{"years":1,"month":2,"day":30,\#(time)}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(
                EveryYears.self,
                from: Data(#"{"years":0,"month":2,"day":29,\#(time)}"#.utf8))
        }
    }

    @Test func rulesRoundTripThroughJSON() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        func roundTrip<Rule: PersistableRule & Equatable>(_ rule: Rule) throws -> Rule {
            try JSONDecoder().decode(Rule.self, from: try encoder.encode(rule))
        }
        let daily = EveryDays(2, at: wall(6, 45, 30))
        let weekly = Weekly(on: [.sunday, .tuesday, .saturday], at: wall(23, 59))
        let yearly = EveryYears(4, month: 2, day: 29, at: wall(0, 0))
        #expect(try roundTrip(daily) == daily)
        #expect(try roundTrip(weekly) == weekly)
        #expect(try roundTrip(yearly) == yearly)
        #expect(
            String(decoding: try encoder.encode(weekly), as: UTF8.self)
                == #"{"time":{"hour":23,"minute":59,"second":0},"weekdays":[2,6,7]}"#)
    }
}
