import OuroCore

extension Store {
    /// Every intention (or only the open ones: neither completed nor abandoned), by id.
    public func intentions(includingClosed: Bool) throws -> [IntentionRecord] {
        let filter = includingClosed ? "" : " WHERE abandoned = 0 AND completion_pomodoro IS NULL"
        return try database.query(
            "SELECT \(IntentionRecord.columns) FROM intentions\(filter) ORDER BY id",
            row: IntentionRecord.init(row:))
    }

    /// The intentions with these ids, by id; unknown ids are skipped.
    public func intentions(ids: some Sequence<Int>) throws -> [IntentionRecord] {
        let statement = try database.prepare(
            "SELECT \(IntentionRecord.columns) FROM intentions WHERE id = ?")
        var found: [IntentionRecord] = []
        for id in Set(ids).sorted() {
            try statement.bind([.integer(Int64(id))])
            if try statement.step() { found.append(try IntentionRecord(row: statement)) }
        }
        return found
    }

    /// The intervals starting inside `[start, end]`, in time order.
    ///
    /// - Complexity: O(log n + k): the start index bounds the scan.
    public func intervals(from start: Double, through end: Double) throws -> [IntervalRecord] {
        try database.query(
            "SELECT \(IntervalRecord.columns) FROM intervals WHERE start BETWEEN ? AND ? "
                + "ORDER BY id", [.real(start), .real(end)], row: IntervalRecord.init(row:)
        ).compactMap { $0 }
    }
}
