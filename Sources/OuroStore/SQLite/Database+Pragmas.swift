extension Database {
    /// The schema version stored in the file header (`PRAGMA user_version`).
    public func userVersion() throws(DatabaseError) -> Int {
        Int(try integerPragma("PRAGMA user_version"))
    }

    /// Records `version` as the schema version.
    public func setUserVersion(_ version: Int) throws(DatabaseError) {
        try execute("PRAGMA user_version = \(version)")
    }

    /// The journal mode in effect, e.g. `wal`.
    public func journalMode() throws(DatabaseError) -> String {
        let statement = try prepare("PRAGMA journal_mode")
        return try statement.step() ? statement.string(at: 0) ?? "" : ""
    }

    /// The busy timeout in effect, in milliseconds.
    public func busyTimeout() throws(DatabaseError) -> Int64 {
        try integerPragma("PRAGMA busy_timeout")
    }

    /// A number that changes when another connection commits (`PRAGMA data_version`).
    ///
    /// Commits made by this connection do not change it.
    public func dataVersion() throws(DatabaseError) -> Int64 {
        try integerPragma("PRAGMA data_version")
    }

    /// Whether the database holds anything at all: a schema version or any table.
    func isEmpty() throws(DatabaseError) -> Bool {
        let tables = try integerPragma("SELECT count(*) FROM sqlite_master")
        let version = try userVersion()
        return tables == 0 && version == 0
    }

    private func integerPragma(_ sql: String) throws(DatabaseError) -> Int64 {
        let statement = try prepare(sql)
        return try statement.step() ? statement.int64(at: 0) : 0
    }
}
