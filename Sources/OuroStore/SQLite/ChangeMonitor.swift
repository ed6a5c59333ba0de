/// Tells a long-running process (the HUD, `ouro watch`) whether another connection has
/// committed since it last looked, so it reloads only when something changed.
///
/// Built on `PRAGMA data_version`, which reads a counter SQLite keeps in shared memory:
/// one prepared statement, no table reads, cheap enough to run on every wake-up.
/// The monitor's own connection's commits are not reported — it already knows them.
public struct ChangeMonitor {
    private let statement: Statement
    private var lastVersion: Int64

    /// Starts watching from the database's current state.
    public init(database: Database) throws(DatabaseError) {
        statement = try database.prepare("PRAGMA data_version")
        lastVersion = 0
        lastVersion = try currentVersion()
    }

    /// Whether another connection committed since the last call (or since `init`).
    public mutating func hasChanged() throws(DatabaseError) -> Bool {
        let version = try currentVersion()
        defer { lastVersion = version }
        return version != lastVersion
    }

    /// Reads the counter and resets the statement at once: a statement left on its row
    /// holds a read transaction open, and a connection holding a read snapshot cannot
    /// upgrade it to a write — `BEGIN IMMEDIATE` then fails with `database is locked` at
    /// once, without waiting (SQLite invokes no busy handler for an upgrade), whenever
    /// another process writes at the same moment.
    private func currentVersion() throws(DatabaseError) -> Int64 {
        let version = try statement.step() ? statement.int64(at: 0) : 0
        try statement.reset()
        return version
    }
}
