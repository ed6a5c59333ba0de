import OuroCore
import TimerTree

extension WorkHourRule {
    /// The `work_hour_rules` columns in the order ``init(row:)`` reads and ``rowValues``
    /// writes; weekdays are a bit set (bit n for ISO weekday n), wall times are seconds since
    /// midnight.
    static let columns = #"id, weekdays, start, "end", zone"#

    /// The rule on the statement's current row.
    ///
    /// - Throws: ``DatabaseError`` naming the value when one is out of its ``StoredRange``.
    init(row statement: Statement) throws(DatabaseError) {
        var row = StoredRow(statement, table: "work_hour_rules")
        row.id = try row.int(0, "id")
        let bits = try row.int(1, "weekdays", in: StoredRange.weekdayBits)
        let weekdays = Set(Weekday.allCases.filter { bits & (1 << $0.rawValue) != 0 })
        guard let start = Self.wallTime(try row.int(2, "start", in: StoredRange.wallTime)),
            let end = Self.wallTime(try row.int(3, "end", in: StoredRange.wallTime))
        else { throw row.failure("a wall time is out of range") }
        self.init(
            id: try row.int(0, "id"), weekdays: weekdays, start: start, end: end,
            zoneIdentifier: statement.string(at: 4) ?? "UTC")
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
