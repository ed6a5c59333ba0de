import OuroCore

extension SessionRecord {
    /// The `sessions` columns in the order ``init(row:)`` reads and ``rowValues`` writes.
    static let columns = #"id, start, "end", rule"#

    /// The session on the statement's current row.
    init(row: Statement) {
        self.init(
            id: row.int(at: 0), start: row.double(at: 1), end: row.double(at: 2),
            ruleID: row.optionalInt(at: 3))
    }

    /// The values for ``columns``, in order.
    var rowValues: [SQLiteValue] { [.integer(id), .real(start), .real(end), .integer(ruleID)] }
}
