extension Database {
    /// Runs `body` in a write transaction, committing when it returns and rolling back when
    /// it throws.
    ///
    /// `BEGIN IMMEDIATE` takes the write lock up front, so two processes that each read,
    /// compute and write never interleave: the second waits (up to the busy timeout) and then
    /// reads what the first committed. No update is lost.
    ///
    /// - Precondition: no transaction is open on this connection.
    public func write<T>(_ body: (Database) throws -> T) throws -> T {
        try transaction("BEGIN IMMEDIATE", body)
    }

    /// Runs `body` in a read transaction: every read inside it sees the same snapshot.
    ///
    /// - Precondition: no transaction is open on this connection.
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        try transaction("BEGIN DEFERRED", body)
    }

    private func transaction<T>(_ begin: String, _ body: (Database) throws -> T) throws -> T {
        precondition(isAutocommit, "ouro does not nest transactions")
        try execute(begin)
        do {
            let result = try body(self)
            try execute("COMMIT")
            return result
        } catch {
            if !isAutocommit {
                // The original error is the one worth reporting; a failed rollback leaves
                // SQLite to roll back when the connection closes.
                _ = try? execute("ROLLBACK")
            }
            throw error
        }
    }
}
