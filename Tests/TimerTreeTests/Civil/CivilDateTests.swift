import Foundation
import Testing
import TimerTree

@Suite struct CivilDateTests {
    @Test(arguments: [
        (date(1970, 1, 1), Weekday.thursday, 0),
        (date(1969, 12, 31), .wednesday, -1),
        (date(2000, 2, 29), .tuesday, 11_016),
        (date(2024, 2, 29), .thursday, 19_782),
        (date(2026, 3, 8), .sunday, 20_520),
        (date(2026, 11, 23), .monday, 20_780),
        (date(1900, 3, 1), .thursday, -25_508),
        (date(1600, 3, 1), .wednesday, -135_080),
        (date(2100, 2, 28), .sunday, 47_540),
    ])
    func weekdayAndDayCountOfKnownDates(date: CivilDate, weekday: Weekday, days: Int) {
        #expect(date.weekday == weekday)
        #expect(date.daysSinceEpoch == days)
        #expect(CivilDate(daysSinceEpoch: days) == date)
    }

    @Test(arguments: [
        (date(2026, 1, 31), 1, date(2026, 2, 1)),
        (date(2026, 2, 28), 1, date(2026, 3, 1)),
        (date(2024, 2, 28), 1, date(2024, 2, 29)),
        (date(2024, 2, 29), 1, date(2024, 3, 1)),
        (date(1900, 2, 28), 1, date(1900, 3, 1)),
        (date(2000, 2, 28), 1, date(2000, 2, 29)),
        (date(2026, 12, 31), 1, date(2027, 1, 1)),
        (date(2027, 1, 1), -1, date(2026, 12, 31)),
        (date(2024, 3, 1), -1, date(2024, 2, 29)),
        (date(2026, 3, 8), 365, date(2027, 3, 8)),
        (date(2024, 1, 1), 366, date(2025, 1, 1)),
        (date(1970, 1, 1), -1, date(1969, 12, 31)),
        (date(2026, 11, 23), -20_780, date(1970, 1, 1)),
    ])
    func addingDaysCrossesMonthsYearsAndLeapDays(from: CivilDate, days: Int, to: CivilDate) {
        #expect(from.adding(days: days) == to)
    }

    @Test func dayCountRoundTripsAndStepsByOne() {
        var previous = CivilDate(daysSinceEpoch: -800_001)
        for days in stride(from: -800_000, through: 800_000, by: 1) {
            let date = CivilDate(daysSinceEpoch: days)
            #expect(date.daysSinceEpoch == days)
            #expect(previous < date)
            #expect(previous.adding(days: 1) == date)
            previous = date
            if days % 20_000 == 0 {
                #expect(CivilDate(year: date.year, month: date.month, day: date.day) == date)
            }
        }
    }

    @Test func invalidDatesAreRejected() {
        #expect(CivilDate(year: 2026, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2026, month: 4, day: 31) == nil)
        #expect(CivilDate(year: 2026, month: 13, day: 1) == nil)
        #expect(CivilDate(year: 2026, month: 0, day: 1) == nil)
        #expect(CivilDate(year: 2026, month: 1, day: 0) == nil)
        #expect(CivilDateTime(year: 2026, month: 1, day: 1, hour: 24, minute: 0) == nil)
    }

    @Test func datesAndDateTimesOrderByFields() {
        #expect(date(2025, 12, 31) < date(2026, 1, 1))
        #expect(date(2026, 1, 31) < date(2026, 2, 1))
        #expect(civil(2026, 3, 8, 23, 59) < civil(2026, 3, 9, 0, 0))
        #expect(civil(2026, 3, 8, 1, 0) < civil(2026, 3, 8, 1, 0, 1))
    }

    @Test func codableRoundTripAndRejectsImpossibleDates() throws {
        let value = civil(2024, 2, 29, 9, 30)
        let data = try JSONEncoder().encode(value)
        #expect(try JSONDecoder().decode(CivilDateTime.self, from: data) == value)
        let bad = Data(#"{"year":2026,"month":2,"day":29}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(CivilDate.self, from: bad) }
    }
}
