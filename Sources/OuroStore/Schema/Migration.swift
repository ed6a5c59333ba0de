/// One numbered, forward-only step in the database schema.
///
/// Versions are `PRAGMA user_version` values: migration `n` takes a database from version
/// `n - 1` to `n`, inside one write transaction, so it applies completely or not at all.
public struct Migration: Sendable {
    /// The schema version this migration produces.
    public let version: Int
    /// What the migration does, in a few words.
    public let name: String
    /// Applies the migration's changes; runs inside the migration's transaction.
    public let apply: @Sendable (Database) throws -> Void

    /// A migration written in Swift, for changes that need more than SQL.
    public init(
        _ version: Int, _ name: String, apply: @escaping @Sendable (Database) throws -> Void
    ) {
        self.version = version
        self.name = name
        self.apply = apply
    }

    /// A migration that runs `sql` (one or more statements).
    public init(_ version: Int, _ name: String, sql: String) {
        self.init(version, name) { database in try database.execute(sql) }
    }
}
