import CSQLite

/// One row of a store table, read column by column with every value checked against its
/// ``StoredRange``.
///
/// A value out of range fails with a ``DatabaseError`` (SQLite's "corrupt" code, so the
/// command line exits 74 and suggests a backup) naming the file, the table, the row and the
/// value, instead of letting it reach the model.
struct StoredRow {
    /// The statement positioned on the row.
    let statement: Statement
    /// The table the row comes from, for messages.
    let table: String
    /// The row's id once read, for messages.
    var id: Int?

    init(_ statement: Statement, table: String) {
        self.statement = statement
        self.table = table
    }

    /// The integer column at `column`, which must lie in `range`.
    func int(
        _ column: Int32, _ name: String, in range: ClosedRange<Int> = StoredRange.counter
    ) throws(DatabaseError) -> Int {
        let raw = statement.int64(at: column)
        guard raw >= Int64(range.lowerBound), raw <= Int64(range.upperBound) else {
            throw failure(
                "\(name) \(raw) is out of range (\(range.lowerBound)…\(range.upperBound))")
        }
        return Int(raw)
    }

    /// The integer column at `column`, nil for `NULL`, otherwise in `range`.
    func optionalInt(
        _ column: Int32, _ name: String, in range: ClosedRange<Int> = StoredRange.counter
    ) throws(DatabaseError) -> Int? {
        statement.isNull(at: column) ? nil : try int(column, name, in: range)
    }

    /// The real column at `column`, which must lie in `range` (so it is finite).
    func double(
        _ column: Int32, _ name: String, in range: ClosedRange<Double> = StoredRange.time
    ) throws(DatabaseError) -> Double {
        try checked(statement.double(at: column), name, in: range)
    }

    /// The real column at `column`, nil for `NULL`, otherwise in `range`.
    func optionalDouble(
        _ column: Int32, _ name: String, in range: ClosedRange<Double> = StoredRange.time
    ) throws(DatabaseError) -> Double? {
        statement.isNull(at: column) ? nil : try double(column, name, in: range)
    }

    /// `value` when it lies in `range`.
    func checked<Value: Comparable>(
        _ value: Value, _ name: String, in range: ClosedRange<Value>
    ) throws(DatabaseError) -> Value {
        if let reason = StoredRange.violation(name, value, range) { throw failure(reason) }
        return value
    }

    /// The error for a value out of range: `intervals row 7: position … is out of range`.
    func failure(_ reason: String) -> DatabaseError {
        let row = id.map { "\(table) row \($0)" } ?? table
        return DatabaseError(
            .sqlite(code: SQLITE_CORRUPT), message: "\(row): \(reason)",
            path: statement.database.path)
    }
}
