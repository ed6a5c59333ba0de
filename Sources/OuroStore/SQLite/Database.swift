import CSQLite
import Glibc

/// One connection to an SQLite database file, configured the way every ouro process needs.
///
/// A connection has identity (its locks, its transaction, its `data_version` baseline), so
/// this is a class; it closes when the last reference goes. A connection is used by one
/// thread at a time, so it is not `Sendable`: each thread or process opens its own.
///
/// Opening creates the parent directories (0700) and, only when no file is there, a new
/// database (0600; see ``DatabaseFile``). An existing file is read before anything can
/// write — its header with plain reads, then the schema — so a file that is not a database
/// is reported untouched. Only then does it switch to WAL, set `synchronous=NORMAL` and turn
/// on foreign keys. A busy timeout lets many writers queue instead of failing with `database is locked`.
public final class Database {
    /// How long a connection waits for another's write lock before giving up, in
    /// milliseconds. Generous, because a subcommand that waits is better than one that fails.
    public static let busyTimeoutMilliseconds: Int32 = 10_000

    /// The database file's path, named in every error.
    public let path: String
    let handle: OpaquePointer

    /// Opens (creating when missing) the database at `path` and configures it.
    ///
    /// - Parameter newestSchema: when given, a file whose header records a newer schema
    ///   version is refused before anything can write to it (the ``Store`` passes its last
    ///   migration).
    /// - Throws: `DatabaseError` naming `path` when the directory or file cannot be
    ///   created, the file is not a database (an existing empty file included), its schema
    ///   is newer than `newestSchema`, or SQLite cannot configure it.
    public init(path: String, newestSchema: Int? = nil) throws(DatabaseError) {
        let directory = Database.directory(of: path)
        if !directory.isEmpty { try PrivateFiles.createDirectory(directory) }
        if !PrivateFiles.exists(path) { try DatabaseFile.create(path) }
        try DatabaseFile.checkHeader(of: path, newestSchema: newestSchema)
        self.path = path
        handle = try Database.openHandle(path: path)
        try configure()
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Opens a bare connection with extended result codes and nothing else.
    static func openHandle(path: String) throws(DatabaseError) -> OpaquePointer {
        var connection: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        do {
            try check(sqlite3_open_v2(path, &connection, flags, nil), on: connection, path: path)
        } catch {
            sqlite3_close_v2(connection)
            throw error
        }
        guard let connection else {
            throw DatabaseError(.sqlite(code: SQLITE_NOMEM), message: "out of memory", path: path)
        }
        sqlite3_extended_result_codes(connection, 1)
        return connection
    }

    private func configure() throws(DatabaseError) {
        try check(sqlite3_busy_timeout(handle, Database.busyTimeoutMilliseconds))
        // The first read happens before any write: SQLITE_NOTADB surfaces here with the
        // file's bytes untouched (switching a non-database to WAL would try to write).
        try execute("SELECT count(*) FROM sqlite_master")
        let mode = try prepare("PRAGMA journal_mode = WAL")
        guard try mode.step(), mode.string(at: 0) == "wal" else {
            throw DatabaseError(
                .sqlite(code: SQLITE_ERROR),
                message: "cannot switch the database to WAL journal mode", path: path)
        }
        // Keep the -wal file when the last connection closes: `ouro status` runs every
        // second, and creating and unlinking the WAL and its index on every run cost more
        // system time than the rest of the run. journal_size_limit keeps it small.
        var persist: Int32 = 1
        try check(sqlite3_file_control(handle, "main", SQLITE_FCNTL_PERSIST_WAL, &persist))
        try execute(
            "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; "
                + "PRAGMA journal_size_limit = 1048576")
    }

    /// The directory part of `path`, or "" when it has none.
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Turns an SQLite result code into a thrown `DatabaseError` naming this database.
    @discardableResult
    func check(_ code: Int32) throws(DatabaseError) -> Int32 {
        try Database.check(code, on: handle, path: path)
    }

    /// Turns an SQLite result code into a thrown `DatabaseError` carrying the code, the
    /// connection's message for it and `path`; every sqlite3_* call that returns a code goes
    /// through here.
    ///
    /// - Returns: `code` when it means success (`SQLITE_OK`, `SQLITE_ROW`, `SQLITE_DONE`).
    @discardableResult
    static func check(
        _ code: Int32, on connection: OpaquePointer?, path: String
    )
        throws(DatabaseError) -> Int32
    {
        switch code & 0xFF {
        case SQLITE_OK, SQLITE_ROW, SQLITE_DONE:
            return code
        default:
            // Without a connection (it could not be allocated) only the code's text is known.
            let message = connection.map { sqlite3_errmsg($0) } ?? sqlite3_errstr(code)
            throw DatabaseError(
                .sqlite(code: code), message: message.map { String(cString: $0) } ?? "", path: path)
        }
    }

    /// Runs one or more SQL statements that take no parameters, discarding any rows.
    public func execute(_ sql: String) throws(DatabaseError) {
        try check(sqlite3_exec(handle, sql, nil, nil, nil))
    }

    /// Runs one statement with `values` bound to its parameters, discarding any rows.
    public func execute(_ sql: String, _ values: [SQLiteValue]) throws(DatabaseError) {
        let statement = try prepare(sql)
        try statement.bind(values)
        while try statement.step() {}
    }

    /// Compiles one SQL statement.
    public func prepare(_ sql: String) throws(DatabaseError) -> Statement {
        try Statement(database: self, sql: sql)
    }

    /// The first column of the first row `sql` returns, or nil when it returns no row.
    public func scalar(
        _ sql: String, _ values: [SQLiteValue] = []
    ) throws(DatabaseError)
        -> SQLiteValue?
    {
        let statement = try prepare(sql)
        try statement.bind(values)
        return try statement.step() ? statement.value(at: 0) : nil
    }

    /// Every row `sql` returns, each turned into a `T` by `row`.
    public func query<T>(
        _ sql: String, _ values: [SQLiteValue] = [], row: (Statement) throws -> T
    ) throws -> [T] {
        let statement = try prepare(sql)
        try statement.bind(values)
        var rows: [T] = []
        try statement.forEachRow { rows.append(try row($0)) }
        return rows
    }

    /// The rowid of the most recent successful `INSERT` on this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// How many rows the most recent `INSERT`, `UPDATE` or `DELETE` changed.
    public var changes: Int64 { sqlite3_changes64(handle) }

    /// Whether no transaction is open on this connection.
    public var isAutocommit: Bool { sqlite3_get_autocommit(handle) != 0 }
}
