/// ouro's data store: the database in the data directory, opened and migrated.
///
/// The store is the single source of truth that the HUD and every subcommand share; each
/// invocation opens its own, and changes go through ``Database/write(_:)``.
public final class Store {
    /// The database file's name inside the data directory.
    public static let fileName = "ouro.sqlite3"

    /// The open, migrated connection.
    public let database: Database

    /// Opens (creating if needed) `<directory>/ouro.sqlite3` and brings its schema up to date.
    ///
    /// A file from a newer ouro is refused before anything can write to it.
    ///
    /// - Throws: `DatabaseError` naming the file or directory that could not be used.
    public init(directory: String, migrations: [Migration] = Schema.migrations) throws {
        database = try Database(
            path: Store.path(inDirectory: directory),
            newestSchema: migrations.last?.version ?? 0)
        try database.migrate(migrations)
    }

    /// The database path for a data directory.
    public static func path(inDirectory directory: String) -> String {
        directory.hasSuffix("/") ? directory + fileName : directory + "/" + fileName
    }
}
