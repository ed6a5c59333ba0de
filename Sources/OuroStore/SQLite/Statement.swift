import CSQLite

/// A compiled SQL statement with typed parameters and columns.
///
/// A statement belongs to one connection and keeps it open; it is finalized when the last
/// reference goes. Parameters and columns are numbered as in SQLite: parameters from 1,
/// columns from 0.
public final class Statement {
    /// The connection the statement runs on.
    public let database: Database
    let handle: OpaquePointer

    init(database: Database, sql: String) throws(DatabaseError) {
        self.database = database
        var statement: OpaquePointer?
        try database.check(sqlite3_prepare_v2(database.handle, sql, -1, &statement, nil))
        guard let statement else {
            throw DatabaseError(
                .sqlite(code: SQLITE_MISUSE), message: "no SQL statement in \"\(sql)\"",
                path: database.path)
        }
        handle = statement
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Resets the statement and binds `values` to parameters 1, 2, ….
    public func bind(_ values: [SQLiteValue]) throws(DatabaseError) {
        try reset()
        try database.check(sqlite3_clear_bindings(handle))
        for (offset, value) in values.enumerated() {
            try bind(value, at: Int32(offset + 1))
        }
    }

    /// Binds `value` to the parameter at `index` (from 1).
    public func bind(_ value: SQLiteValue, at index: Int32) throws(DatabaseError) {
        let code: Int32
        switch value {
        case .integer(let integer):
            code = sqlite3_bind_int64(handle, index, integer)
        case .real(let real):
            code = sqlite3_bind_double(handle, index, real)
        case .text(let text):
            // An explicit byte count keeps any NUL inside the text.
            code = ouro_sqlite3_bind_text(handle, index, text, Int32(text.utf8.count))
        case .blob(let bytes) where bytes.isEmpty:
            // An empty buffer may have no address, and a nil pointer would bind NULL.
            code = sqlite3_bind_zeroblob(handle, index, 0)
        case .blob(let bytes):
            code = bytes.withUnsafeBytes {
                ouro_sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count))
            }
        case .null:
            code = sqlite3_bind_null(handle, index)
        }
        try database.check(code)
    }

    /// Runs the statement to its next row.
    ///
    /// - Returns: true when a row is ready to read, false when the statement is done.
    @discardableResult
    public func step() throws(DatabaseError) -> Bool {
        let code = sqlite3_step(handle)
        do {
            return try database.check(code) == SQLITE_ROW
        } catch {
            // sqlite3_reset would only repeat the error just thrown; resetting here keeps the
            // statement reusable without reporting it twice.
            _ = sqlite3_reset(handle)
            throw error
        }
    }

    /// Rewinds the statement so it can run again; bindings are kept.
    public func reset() throws(DatabaseError) {
        try database.check(sqlite3_reset(handle))
    }

    /// Steps through every remaining row, calling `body` with the statement positioned on it.
    public func forEachRow(_ body: (Statement) throws -> Void) throws {
        while try step() { try body(self) }
    }

    /// The number of columns in a result row.
    public var columnCount: Int32 { sqlite3_column_count(handle) }

    /// Whether the column at `index` is `NULL`.
    public func isNull(at index: Int32) -> Bool {
        sqlite3_column_type(handle, index) == SQLITE_NULL
    }

    /// The column at `index` as an integer (0 for `NULL`).
    public func int64(at index: Int32) -> Int64 { sqlite3_column_int64(handle, index) }

    /// The column at `index` as a double (0 for `NULL`).
    public func double(at index: Int32) -> Double { sqlite3_column_double(handle, index) }

    /// The column at `index` as text, or nil for `NULL`.
    public func string(at index: Int32) -> String? {
        guard let text = sqlite3_column_text(handle, index) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, index))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    /// The column at `index` as bytes, or nil for `NULL`.
    public func blob(at index: Int32) -> [UInt8]? {
        if isNull(at: index) { return nil }
        let count = Int(sqlite3_column_bytes(handle, index))
        guard count > 0, let bytes = sqlite3_column_blob(handle, index) else { return [] }
        return Array(UnsafeRawBufferPointer(start: bytes, count: count))
    }

    /// The column at `index` in its own storage class.
    public func value(at index: Int32) -> SQLiteValue {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER: .integer(int64(at: index))
        case SQLITE_FLOAT: .real(double(at: index))
        case SQLITE_TEXT: .text(string(at: index) ?? "")
        case SQLITE_BLOB: .blob(blob(at: index) ?? [])
        default: .null
        }
    }
}
