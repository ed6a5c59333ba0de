import OuroCore
import TimerTree

extension WorkHourRule {
    /// The `work_hour_rules` columns in the order ``init(row:)`` reads and ``rowValues``
    /// writes; weekdays are a bit set (bit n for ISO weekday n), wall times are seconds since
    /// midnight.
    static let columns = #"id, weekdays, start, "end", zone"#

    /// The rule on the statement's current row, or nil when a wall time is out of range.
    init?(row: Statement) {
        let bits = row.int(at: 1)
        let weekdays = Set(Weekday.allCases.filter { bits & (1 << $0.rawValue) != 0 })
        guard let start = Self.wallTime(row.int(at: 2)), let end = Self.wallTime(row.int(at: 3))
        else { return nil }
        self.init(
            id: row.int(at: 0), weekdays: weekdays, start: start, end: end,
            zoneIdentifier: row.string(at: 4) ?? "UTC")
    }

    /// The values for ``columns``, in order.
    var rowValues: [SQLiteValue] {
        let bits = weekdays.reduce(0) { $0 | (1 << $1.rawValue) }
        return [
            .integer(id), .integer(bits), .integer(start.secondsSinceMidnight),
            .integer(end.secondsSinceMidnight), .text(zoneIdentifier),
        ]
    }

    private static func wallTime(_ seconds: Int) -> WallTime? {
        WallTime(hour: seconds / 3_600, minute: seconds % 3_600 / 60, second: seconds % 60)
    }
}
