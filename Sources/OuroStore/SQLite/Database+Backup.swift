import CSQLite
import Glibc

extension Database {
    /// Copies the database's committed state into a new file at `path` (mode 0600) with
    /// SQLite's online backup API.
    ///
    /// The copy is read through a second connection, so it works while this one holds the
    /// write lock (`VACUUM INTO` refuses to run in a transaction, and the backup API refuses
    /// a source connection that is writing): a migration keeps other writers out from the
    /// backup through its last change, and WAL lets the copy read meanwhile.
    ///
    /// - Throws: `DatabaseError` naming `path` when the file exists or cannot be written.
    public func backup(to path: String) throws(DatabaseError) {
        guard !PrivateFiles.exists(path) else {
            throw DatabaseError(
                .system(errno: EEXIST), message: "the backup file already exists", path: path)
        }
        try PrivateFiles.createFile(path)
        let source = try Database.openHandle(path: self.path)
        defer { sqlite3_close_v2(source) }
        let destination = try Database.openHandle(path: path)
        defer { sqlite3_close_v2(destination) }
        guard let backup = sqlite3_backup_init(destination, "main", source, "main") else {
            throw DatabaseError(
                .sqlite(code: sqlite3_extended_errcode(destination)),
                message: "cannot back up: \(String(cString: sqlite3_errmsg(destination)))",
                path: path)
        }
        _ = sqlite3_backup_step(backup, -1)
        // sqlite3_backup_finish reports the first error any step met, so one check covers
        // the copy; the error message lives on the destination connection.
        let code = sqlite3_backup_finish(backup)
        guard code == SQLITE_OK else {
            throw DatabaseError(
                .sqlite(code: code),
                message: "cannot back up: \(String(cString: sqlite3_errmsg(destination)))",
                path: path)
        }
    }
}
