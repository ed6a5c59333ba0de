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
    /// - Throws: `DatabaseError` naming `path` when the file exists or cannot be written; a
    ///   copy that failed (a full disk) is removed, so no empty or partial backup is left.
    public func backup(to path: String) throws(DatabaseError) {
        guard !PrivateFiles.exists(path) else {
            throw DatabaseError(
                .system(errno: EEXIST), message: "the backup file already exists", path: path)
        }
        try PrivateFiles.createFile(path)
        do {
            try copy(to: path)
        } catch {
            unlink(path)
            unlink(path + "-journal")
            throw error
        }
    }

    /// Copies the committed state into the existing (empty) file at `path`.
    private func copy(to path: String) throws(DatabaseError) {
        let source = try Database.openHandle(path: self.path)
        defer { sqlite3_close_v2(source) }
        try Database.check(
            sqlite3_busy_timeout(source, Database.busyTimeoutMilliseconds), on: source, path: path)
        let destination = try Database.openHandle(path: path)
        defer { sqlite3_close_v2(destination) }
        guard let backup = sqlite3_backup_init(destination, "main", source, "main") else {
            try Database.check(sqlite3_extended_errcode(destination), on: destination, path: path)
            throw DatabaseError(
                .sqlite(code: SQLITE_ERROR), message: "cannot start the backup", path: path)
        }
        _ = sqlite3_backup_step(backup, -1)
        // sqlite3_backup_finish reports the first error any step met, so one check covers
        // the copy; the message lives on the destination connection.
        try Database.check(sqlite3_backup_finish(backup), on: destination, path: path)
    }
}
