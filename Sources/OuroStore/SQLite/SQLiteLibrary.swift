import CSQLite

/// The system SQLite library that OuroStore is linked against.
public enum SQLiteLibrary {
    /// The library's version string, e.g. `3.40.1`.
    public static var version: String { String(cString: sqlite3_libversion()) }
}
