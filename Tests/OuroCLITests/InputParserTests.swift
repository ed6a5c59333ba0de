import Testing
import TimerTree

@testable import ouro

@Suite struct DurationArgumentTests {
    @Test(arguments: [
        ("25m", 1_500), ("1h30m", 5_400), ("90s", 90), ("2h", 7_200), ("1h30m15s", 5_415),
        ("90m", 5_400), ("1h0m", 3_600), ("10000h", 36_000_000),
    ])
    func parses(text: String, seconds: Int) throws {
        #expect(try DurationArgument(parsing: text).seconds == seconds)
        #expect(DurationArgument(argument: text)?.seconds == seconds)
    }

    @Test(arguments: [
        "", "0m", "0h0m0s", "1x", "25", "m", "1m1h", "1h1h", "-5m", "1.5h", " 25m", "25m ",
        "25M", "99999999999999999999h", "10001h", "10000h1s", "1h 30m",
    ])
    func refuses(text: String) {
        let error = #expect(throws: InputError.self) { try DurationArgument(parsing: text) }
        #expect(error?.value == text)
        #expect(DurationArgument(argument: text) == nil)
    }

    @Test func explainsZeroAndOverflowSeparately() {
        #expect(throws: InputError(value: "0m", expected: "a duration must be longer than zero")) {
            try DurationArgument(parsing: "0m")
        }
        #expect(throws: InputError(value: "10001h", expected: "a duration must be at most 10000h"))
        {
            try DurationArgument(parsing: "10001h")
        }
    }
}

@Suite struct WorkDaysTests {
    @Test(arguments: [
        ("mon", [1]), ("Monday", [1]), ("mon-fri", [1, 2, 3, 4, 5]), ("mon,wed,fri", [1, 3, 5]),
        ("weekdays", [1, 2, 3, 4, 5]), ("weekends", [6, 7]), ("daily", [1, 2, 3, 4, 5, 6, 7]),
        ("fri-mon", [5, 6, 7, 1]), ("sun-thu", [7, 1, 2, 3, 4]), ("mon-mon", [1]),
        ("sat,mon-wed", [6, 1, 2, 3]), ("tue,tue", [2]), ("MON-FRI", [1, 2, 3, 4, 5]),
        ("weekends,mon", [6, 7, 1]),
    ])
    func parses(text: String, days: [Int]) throws {
        let expected = Set(days.map { Weekday(rawValue: $0)! })
        #expect(try WorkDays(parsing: text).days == expected)
        #expect(WorkDays(argument: text)?.days == expected)
    }

    @Test(arguments: [
        "", "mo", "mon,", ",mon", "mon,,fri", "mon-", "-fri", "mon-tue-wed", "funday", "mon fri",
        "weekday", "mon-weekdays",
    ])
    func refuses(text: String) {
        #expect(throws: InputError.self) { try WorkDays(parsing: text) }
        #expect(WorkDays(argument: text) == nil)
    }
}

@Suite struct WallTimeArgumentTests {
    @Test(arguments: [
        ("09:00", 9, 0), ("9:00", 9, 0), ("17:30", 17, 30), ("00:00", 0, 0), ("23:59", 23, 59),
    ])
    func parses(text: String, hour: Int, minute: Int) throws {
        #expect(try WallTime(parsing: text) == WallTime(hour: hour, minute: minute))
        #expect(WallTime(argument: text) == WallTime(hour: hour, minute: minute))
    }

    @Test(arguments: [
        "", "24:00", "25:00", "12:60", "12:5", "123:00", "12", "12:00:00", "9am", " 9:00",
        "09-00", "-1:00",
    ])
    func refuses(text: String) {
        #expect(throws: InputError.self) { try WallTime(parsing: text) }
        #expect(WallTime(argument: text) == nil)
    }
}

@Suite struct TimeRangeTests {
    @Test func parsesAWorkingDay() throws {
        let range = try TimeRange(parsing: "09:00-17:00")
        #expect(range.start == WallTime(hour: 9, minute: 0))
        #expect(range.end == WallTime(hour: 17, minute: 0))
        #expect(range.seconds == 8 * 3_600)
        #expect(!range.crossesMidnight)
    }

    @Test func acceptsMidnightAsTheEnd() throws {
        let range = try TimeRange(parsing: "22:00-24:00")
        #expect(range.seconds == 7_200)
        #expect(range.end == WallTime(hour: 0, minute: 0))
        #expect(!range.crossesMidnight)
        #expect(try TimeRange(parsing: "00:00-24:00").seconds == 86_400)
    }

    @Test func runsPastMidnightWhenTheEndComesFirst() throws {
        let range = try TimeRange(parsing: "22:00-02:30")
        #expect(range.seconds == 4 * 3_600 + 30 * 60)
        #expect(range.crossesMidnight)
        #expect(range.end == WallTime(hour: 2, minute: 30))
    }

    @Test(arguments: [
        "", "09:00", "09:00-", "-17:00", "09:00-17:00-18:00", "9-17", "09:00-24:01", "24:00-09:00",
        "09:00-09:00", "00:00-00:00", "09:00 - 17:00",
    ])
    func refuses(text: String) {
        #expect(throws: InputError.self) { try TimeRange(parsing: text) }
        #expect(TimeRange(argument: text) == nil)
    }
}

@Suite struct DateArgumentTests {
    @Test func parsesWordsAndDates() throws {
        #expect(try DateArgument(parsing: "today") == .today)
        #expect(try DateArgument(parsing: "Yesterday") == .yesterday)
        #expect(
            try DateArgument(parsing: "2024-05-08")
                == .on(CivilDate(year: 2024, month: 5, day: 8)!))
        #expect(
            try DateArgument(parsing: "2024-02-29")
                == .on(CivilDate(year: 2024, month: 2, day: 29)!))
    }

    @Test(arguments: [
        "", "tomorrow", "2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-5-8",
        "24-05-08", "2024/05/08", "2024-05-08T00:00", "20240508",
    ])
    func refuses(text: String) {
        #expect(throws: InputError.self) { try DateArgument(parsing: text) }
        #expect(DateArgument(argument: text) == nil)
    }

    @Test func resolvesAgainstToday() {
        let march1 = CivilDate(year: 2024, month: 3, day: 1)!
        #expect(
            DateArgument.yesterday.resolved(today: march1)
                == CivilDate(year: 2024, month: 2, day: 29))
        #expect(DateArgument.today.resolved(today: march1) == march1)
        let newYear = CivilDate(year: 2024, month: 1, day: 1)!
        #expect(
            DateArgument.yesterday.resolved(today: newYear)
                == CivilDate(year: 2023, month: 12, day: 31))
        let fixed = CivilDate(year: 2020, month: 6, day: 15)!
        #expect(DateArgument.on(fixed).resolved(today: march1) == fixed)
    }
}

@Suite struct StreakArgumentTests {
    @Test func parsesTheDefaultRules() throws {
        let rules = try StreakArgument(parsing: "5/5,10/5,20/5,30/10")
        #expect(
            rules.steps == [
                .init(pomodoroMinutes: 5, breakMinutes: 5),
                .init(pomodoroMinutes: 10, breakMinutes: 5),
                .init(pomodoroMinutes: 20, breakMinutes: 5),
                .init(pomodoroMinutes: 30, breakMinutes: 10),
            ])
        #expect(rules.intervalSeconds == [300, 300, 600, 300, 1_200, 300, 1_800, 600])
    }

    @Test func parsesASingleStep() throws {
        #expect(
            try StreakArgument(parsing: "25/5").steps == [
                .init(pomodoroMinutes: 25, breakMinutes: 5)
            ])
    }

    @Test(arguments: [
        "", "5", "5/", "/5", "5/5,", ",5/5", "5/5/5", "0/5", "5/0", "1441/5", "5m/5m", "5/5 10/5",
        "-5/5", "5/5,,10/5",
    ])
    func refuses(text: String) {
        #expect(throws: InputError.self) { try StreakArgument(parsing: text) }
        #expect(StreakArgument(argument: text) == nil)
    }
}
