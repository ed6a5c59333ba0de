import Testing
import TimerTree

@Suite struct CivilRuleTests {
    static let la = "America/Los_Angeles"

    @Test func check8MondayWednesdayFridayAt1510AcrossTheMarchChange() {
        let rule = Weekly(on: [.monday, .wednesday, .friday], at: wall(15, 10))
        let log = drive(
            rule, in: Self.la, from: civilTime(Self.la, 2026, 3, 1),
            until: civilTime(Self.la, 2026, 3, 14))
        let steps = log.steps
        #expect(
            steps.map(\.instant) == [
                1_772_493_000, 1_772_665_800, 1_772_838_600,  // Mar 2, 4, 6 (PST)
                1_773_094_200, 1_773_267_000, 1_773_439_800,  // Mar 9, 11, 13 (PDT)
            ])
        #expect(steps.map(\.civil.date) == [2, 4, 6, 9, 11, 13].map { date(2026, 3, $0) })
        #expect(steps.allSatisfy { $0.civil.time == wall(15, 10, 0) })
        #expect(
            steps.map(\.civil.date.weekday) == [
                .monday, .wednesday, .friday, .monday, .wednesday, .friday,
            ])
        #expect(steps.map(\.offset) == [-28_800, -28_800, -28_800, -25_200, -25_200, -25_200])
        // Woken at each occurrence: one step per run after the first, empty one.
        #expect(log.runs.map(\.steps.count) == [0, 1, 1, 1, 1, 1, 1])
        #expect(log.runs.dropFirst().allSatisfy { $0.now == $0.steps[0] })
    }

    @Test func weeklyAcrossTheNovemberChangeStaysAt1510() {
        let rule = Weekly(on: [.monday, .wednesday, .friday], at: wall(15, 10))
        let steps = drive(
            rule, in: Self.la, from: civilTime(Self.la, 2026, 10, 29),
            until: civilTime(Self.la, 2026, 11, 3)
        ).steps
        #expect(steps.map(\.instant) == [1_793_398_200, 1_793_661_000])  // Fri Oct 30, Mon Nov 2
        #expect(steps.map(\.civil) == [civil(2026, 10, 30, 15, 10), civil(2026, 11, 2, 15, 10)])
    }

    /// Daily at 09:00 in every zone, across each 2026 change: 09:00 local every day, and the
    /// day of the change is shorter or longer by exactly the shift (30 minutes at Lord Howe).
    @Test(arguments: Transition.all)
    func dailyAt0900StaysLocalAcrossEachChange(change: Transition) {
        let start = CivilTime(
            CivilDateTime(date: change.day.adding(days: -3), time: wall(0, 0)),
            in: zone(change.zone))
        let end = CivilTime(
            CivilDateTime(date: change.day.adding(days: 3), time: wall(23, 0)),
            in: zone(change.zone))
        let steps = drive(EveryDays(at: wall(9, 0)), in: change.zone, from: start, until: end).steps
        #expect(steps.map(\.civil.date) == (-3...3).map { change.day.adding(days: $0) })
        #expect(steps.allSatisfy { $0.civil.time == wall(9, 0) })
        let gaps = zip(steps, steps.dropFirst()).map { $1.instant - $0.instant }
        var expected = [Double](repeating: 86_400, count: 6)
        expected[2] = Double(86_400 - (change.after - change.before))
        #expect(gaps == expected)
    }

    /// Every 2026 change falls on a Sunday: a weekend rule at 09:00 keeps its reading on
    /// both sides of each, in every zone.
    @Test(arguments: Transition.all)
    func weekendsAt0900StayLocalAcrossEachChange(change: Transition) {
        let name = change.zone
        let start = CivilTime(
            CivilDateTime(date: change.day.adding(days: -8), time: wall(12, 0)), in: zone(name))
        let end = CivilTime(
            CivilDateTime(date: change.day.adding(days: 8), time: wall(0, 0)), in: zone(name))
        let rule = Weekly(on: [.saturday, .sunday], at: wall(9, 0))
        let steps = drive(rule, in: name, from: start, until: end).steps
        #expect(change.day.weekday == .sunday)
        #expect(steps.map(\.civil.date) == [-7, -1, 0, 6, 7].map { change.day.adding(days: $0) })
        #expect(steps.allSatisfy { $0.civil.time == wall(9, 0) })
        #expect(
            steps.map(\.offset)
                == [change.before, change.before, change.after, change.after, change.after])
    }

    @Test func dailyInUTCIsAlways86400SecondsApart() {
        let steps = drive(
            EveryDays(at: wall(9, 0)), in: "UTC", from: civilTime("UTC", 2026, 3, 5),
            until: civilTime("UTC", 2026, 4, 6)
        ).steps
        #expect(steps.count == 32)
        #expect(steps.first?.instant == 1_772_701_200)  // 2026-03-05T09:00Z
        #expect(zip(steps, steps.dropFirst()).allSatisfy { $1.instant - $0.instant == 86_400 })
        #expect(steps.allSatisfy { $0.offset == 0 && $0.civil.time == wall(9, 0) })
    }

    @Test(arguments: [
        // Skipped readings move forward by the gap on the change day only.
        ("America/Los_Angeles", date(2026, 3, 8), wall(2, 30), 1_772_965_800.0, wall(3, 30)),
        ("Europe/Berlin", date(2026, 3, 29), wall(2, 30), 1_774_747_800, wall(3, 30)),
        ("Australia/Lord_Howe", date(2026, 10, 4), wall(2, 10), 1_791_042_000, wall(2, 40)),
    ])
    func aSkippedWallTimeRunsShiftedForwardByTheGap(
        name: String, day: CivilDate, time: WallTime, instant: Double, landsAt: WallTime
    ) {
        let start = CivilTime(
            CivilDateTime(date: day.adding(days: -1), time: wall(0, 0)), in: zone(name))
        let end = CivilTime(
            CivilDateTime(date: day.adding(days: 1), time: wall(23, 0)), in: zone(name))
        let steps = drive(EveryDays(at: time), in: name, from: start, until: end).steps
        #expect(steps.count == 3)
        #expect(steps[1].instant == instant)
        #expect(steps[1].civil == CivilDateTime(date: day, time: landsAt))
        #expect(steps[0].civil.time == time)
        #expect(steps[2].civil == CivilDateTime(date: day.adding(days: 1), time: time))
    }

    @Test(arguments: [
        // Repeated readings run once, at their first occurrence.
        ("America/Los_Angeles", date(2026, 11, 1), wall(1, 30), 1_793_521_800.0),
        ("Europe/Berlin", date(2026, 10, 25), wall(2, 30), 1_792_888_200),
        ("Australia/Lord_Howe", date(2026, 4, 5), wall(1, 45), 1_775_313_900),
    ])
    func aRepeatedWallTimeRunsOnceAtItsFirstOccurrence(
        name: String, day: CivilDate, time: WallTime, instant: Double
    ) {
        let start = CivilTime(CivilDateTime(date: day, time: wall(0, 0)), in: zone(name))
        let end = CivilTime(CivilDateTime(date: day, time: wall(23, 0)), in: zone(name))
        let log = drive(EveryDays(at: time), in: name, from: start, until: end)
        #expect(log.steps.map(\.instant) == [instant])
        #expect(log.steps[0].civil == CivilDateTime(date: day, time: time))
    }

    @Test func instantsNotReadingsDecideWhatIsDue() {
        // At 01:10 PST the 01:30 PDT occurrence has passed, though 01:10 reads earlier.
        let rule = EveryDays(at: wall(1, 30))
        let reference = civilTime(Self.la, 2026, 11, 1, 0, 0)
        let current = CivilTime(instant: 1_793_523_600 + 600, zone: zone(Self.la))
        let (steps, next) = rule.steps(from: reference, to: current)
        #expect(steps.map(\.instant) == [1_793_521_800])
        #expect(next == civilTime(Self.la, 2026, 11, 2, 1, 30))
        // A current time in another zone is compared by its instant too.
        let inUTC = CivilTime(instant: current.instant, zone: .utc)
        #expect(rule.steps(from: reference, to: inUTC).steps == steps)
    }

    @Test func aFutureReferenceHasNoStepsAndNextIsTheFirstOccurrenceAtOrAfterIt() {
        let rule = Weekly(on: [.tuesday], at: wall(8, 0))
        let current = civilTime("Europe/Berlin", 2026, 3, 2)
        let (steps, next) = rule.steps(
            from: civilTime("Europe/Berlin", 2026, 3, 10, 9), to: current)
        #expect(steps.isEmpty)
        #expect(next == civilTime("Europe/Berlin", 2026, 3, 17, 8))
        let onTheDot = civilTime("Europe/Berlin", 2026, 3, 10, 8)
        #expect(rule.steps(from: onTheDot, to: current) == ([], onTheDot))
        #expect(
            rule.steps(from: onTheDot, to: onTheDot) == (
                [onTheDot], civilTime("Europe/Berlin", 2026, 3, 17, 8)
            ))
    }

    @Test func everyThreeDaysCountsFromTheFirstOccurrenceAfterTheReference() {
        let name = "Europe/Berlin"
        // Monday 10:00: 09:00 has passed, so the grid starts Tuesday.
        let (steps, next) = EveryDays(3, at: wall(9, 0)).steps(
            from: civilTime(name, 2026, 3, 2, 10), to: civilTime(name, 2026, 3, 12, 12))
        #expect(steps.map(\.civil.date) == [3, 6, 9, 12].map { date(2026, 3, $0) })
        #expect(next.civil == civil(2026, 3, 15, 9, 0))
    }

    @Test func missedOccurrencesArriveInOneCall() {
        let name = "Australia/Lord_Howe"
        let (driver, scheduler) = makeCivilScheduler(name, at: civilTime(name, 2026, 9, 30))
        let log = StepLog()
        repeatedly(scheduler, rule: EveryDays(at: wall(2, 10))) { steps, _ in
            log.runs.append((steps, scheduler.now()))
        }
        driver.advance(by: 10 * 86_400)
        #expect(log.runs.map(\.steps.count) == [0, 10])
        #expect(log.steps.map(\.civil.date) == (0..<10).map { date(2026, 9, 30).adding(days: $0) })
        // 2026-10-04 02:10 does not exist at Lord Howe; it lands 30 minutes later.
        #expect(log.steps[4].civil == civil(2026, 10, 4, 2, 40))
        #expect(
            log.steps.enumerated().allSatisfy {
                $0.offset == 4 || $0.element.civil.time == wall(2, 10)
            })
    }

    @Test func everyYearsOnFebruary29FallsOnFebruary28InCommonYears() {
        let name = "Europe/Berlin"
        let (steps, next) = EveryYears(month: 2, day: 29, at: wall(12, 0)).steps(
            from: civilTime(name, 2026, 1, 1), to: civilTime(name, 2032, 12, 31))
        #expect(
            steps.map(\.civil.date) == [
                date(2026, 2, 28), date(2027, 2, 28), date(2028, 2, 29), date(2029, 2, 28),
                date(2030, 2, 28), date(2031, 2, 28), date(2032, 2, 29),
            ])
        #expect(steps.allSatisfy { $0.civil.time == wall(12, 0) })
        #expect(next.civil == civil(2033, 2, 28, 12, 0))
    }

    @Test func everyTwoYearsStartsAtTheFirstOccurrenceAfterTheReference() {
        let name = Self.la
        // 2026-03-08 02:30 does not exist in Los Angeles: it runs at 03:30 PDT.
        let rule = EveryYears(2, month: 3, day: 8, at: wall(2, 30))
        let (steps, next) = rule.steps(
            from: civilTime(name, 2026, 3, 8, 0), to: civilTime(name, 2031, 1, 1))
        #expect(
            steps.map(\.civil) == [
                civil(2026, 3, 8, 3, 30), civil(2028, 3, 8, 2, 30), civil(2030, 3, 8, 2, 30),
            ])
        #expect(next.civil == civil(2032, 3, 8, 2, 30))
        // After this year's occurrence the grid starts next year.
        let late = rule.steps(from: civilTime(name, 2026, 3, 9), to: civilTime(name, 2026, 3, 9))
        #expect(late.next.civil == civil(2027, 3, 8, 2, 30))
    }
}
