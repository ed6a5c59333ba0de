import ArgumentParser
import Testing
import TimerTree

@testable import ouro

/// `--since`/`--until` for `log`, `score` and `watch`: one date parser, and `--since D`
/// running from D through today.
@Suite struct DayRangeArgumentTests {
    /// Tuesday 2026-12-01 10:00 UTC.
    static let tuesday10 = 1_796_119_200.0
    static let monday = CivilDate(year: 2026, month: 11, day: 30)!
    static let tuesday = CivilDate(year: 2026, month: 12, day: 1)!

    static func context(at now: Double = tuesday10) throws -> CommandContext {
        let environment = OuroEnvironment(variables: [:])
        return CommandContext(
            environment: environment, now: now, zone: .utc,
            hooks: try HookDelivery(environment, zone: .utc))
    }

    static func range(_ arguments: [String]) throws -> DayRange {
        try DayRangeOptions.parse(arguments).range(in: context())
    }

    @Test func sinceYesterdayRunsThroughToday() throws {
        let range = try Self.range(["--since", "yesterday"])
        #expect(range.first.date == Self.monday)
        #expect(range.last.date == Self.tuesday)
        #expect(range.count == 2)
        #expect(range.start == 1_795_996_800)
        #expect(range.end == 1_796_169_600.0.nextDown)
        #expect(range.days(in: .utc).map(\.date) == [Self.monday, Self.tuesday])
    }

    @Test func neitherOptionIsTodayAlone() throws {
        let range = try Self.range([])
        #expect(range.first.date == Self.tuesday && range.last.date == Self.tuesday)
        #expect(range.count == 1)
    }

    @Test func untilNamesTheLastDay() throws {
        let range = try Self.range(["--since", "2026-11-28", "--until", "yesterday"])
        #expect(range.first.date == CivilDate(year: 2026, month: 11, day: 28))
        #expect(range.last.date == Self.monday)
        #expect(range.count == 3)
    }

    @Test func aFirstDayAfterTheLastIsBadUsage() throws {
        let error = #expect(throws: OuroError.self) {
            try Self.range(["--since", "2026-12-05"])
        }
        #expect(error?.status == .usage)
        #expect(
            error?.message
                == "--since 2026-12-05 is after --until 2026-12-01 (--until defaults to today)")
    }

    @Test func watchTakesTheSameDaysAndItsTimes() throws {
        #expect(try WatchBound(parsing: "yesterday") == .day(.yesterday))
        #expect(try WatchBound(parsing: "today") == .day(.today))
        #expect(try WatchBound(parsing: "2026-11-30") == .day(.on(Self.monday)))
        #expect(try WatchBound(parsing: "1796119200") == .instant(Self.tuesday10))
        #expect(try WatchBound(parsing: "2026-12-01T10:00:00Z") == .instant(Self.tuesday10))
        let context = try Self.context()
        #expect(WatchBound.day(.yesterday).first(in: context) == 1_795_996_800)
        #expect(WatchBound.day(.yesterday).last(in: context) == 1_796_083_200.0.nextDown)
        #expect(WatchBound.instant(1_500).first(in: context) == 1_500)
        #expect(WatchBound.instant(1_500).last(in: context) == 1_500)
    }

    @Test(arguments: ["", "tomorrow", "2026-13-01", "2026-12-01T10:00", "-5", "last week"])
    func watchRefuses(text: String) {
        #expect(throws: InputError.self) { try WatchBound(parsing: text) }
    }
}
