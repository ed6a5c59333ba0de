/// The migrations that build ouro's database, oldest first.
///
/// Adding a table or column is one new line at the end of ``migrations`` with the next
/// version number; never edit or reorder a migration that has shipped.
public enum Schema {
    /// Every migration this binary knows, in version order from 1.
    public static let migrations: [Migration] = [
        Migration(
            1, "settings as key/value pairs",
            sql: "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value ANY) STRICT")
    ]

    /// The schema version this binary writes.
    public static var latestVersion: Int { migrations.last?.version ?? 0 }
}
