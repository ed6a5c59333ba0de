import OuroCore

extension SessionRecord {
    /// The `sessions` columns in the order ``init(row:)`` reads and ``rowValues`` writes.
    static let columns = #"id, start, "end", rule"#

    /// The session on the statement's current row.
    ///
    /// - Throws: ``DatabaseError`` naming the value when one is out of its ``StoredRange``
    ///   (a session lasts at most a day).
    init(row statement: Statement) throws(DatabaseError) {
        var row = StoredRow(statement, table: "sessions")
        row.id = try row.int(0, "id")
        let start = try row.double(1, "start")
        let end = try row.double(2, "end")
        _ = try row.checked(end - start, "length", in: StoredRange.session)
        self.init(
            id: try row.int(0, "id"), start: start, end: end,
            ruleID: try row.optionalInt(3, "rule"))
    }

    /// The values for ``columns``, in order.
    var rowValues: [SQLiteValue] { [.integer(id), .real(start), .real(end), .integer(ruleID)] }
}
