import CSQLite
import Glibc

/// The database file as bytes on disk, looked at before SQLite opens it.
///
/// SQLite treats a file of 0 or 1 bytes as an empty database and writes a new one over it,
/// so ouro never lets SQLite create a store in place: only a missing file makes a new
/// store, built under a private name and linked into place whole. An existing file is
/// checked first with plain reads, so a file that is too short to be a database is refused
/// with its bytes untouched.
enum DatabaseFile {
    /// The size of SQLite's file header, the least any database file holds.
    static let headerSize = 100

    /// The 16 bytes every SQLite database file starts with: `SQLite format 3` and a NUL.
    static let magic = Array("SQLite format 3\u{0}".utf8)

    /// Creates a new, empty WAL database at `path` unless something already exists there.
    ///
    /// The file is made (0600) and given its header under a name of its own beside `path`,
    /// then hard-linked to `path`, which never replaces an existing file. So no process ever
    /// sees a half-made database, and two processes creating the store at once end with one
    /// store.
    ///
    /// - Throws: `DatabaseError` naming `path` when the file cannot be created.
    static func create(_ path: String) throws(DatabaseError) {
        // mkstemp: a name no other process or thread uses, made 0600 with O_EXCL.
        var template = Array("\(path).new-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw PrivateFiles.failure(errno, "cannot create the database file", path: path)
        }
        fchmod(descriptor, 0o600)
        close(descriptor)
        let draft = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        defer { unlink(draft) }
        do {
            let handle = try Database.openHandle(path: draft)
            defer { sqlite3_close_v2(handle) }
            // Switching to WAL writes the header; closing removes the draft's -wal and -shm.
            try Database.check(
                sqlite3_exec(handle, "PRAGMA journal_mode = WAL", nil, nil, nil), on: handle,
                path: draft)
        } catch {
            throw DatabaseError(error.kind, message: error.message, path: path)
        }
        guard link(draft, path) != 0 else { return }
        let code = errno
        if code == EEXIST { return }
        // A file system without hard links: rename, which could replace a store another
        // process made at this instant, so only when there is still none.
        guard !PrivateFiles.exists(path), rename(draft, path) == 0 else {
            if PrivateFiles.exists(path) { return }
            throw PrivateFiles.failure(code, "cannot create the database file", path: path)
        }
    }

    /// Refuses an existing file at `path` that is too short to be a database, or whose
    /// header records a schema newer than `newestSchema`, reading it without writing
    /// anything.
    ///
    /// The header's `user_version` (offset 60, big-endian) is read with plain reads because
    /// any SQLite connection that can write may change the file first (switching a
    /// rollback-journal database to WAL rewrites the header and creates -wal and -shm). In a
    /// WAL database the header can lag a newer version still in the -wal; such a file is
    /// already in WAL mode, so opening it writes nothing and ``Database/migrate(_:)``
    /// refuses it.
    ///
    /// - Throws: `DatabaseError` (`SQLITE_NOTADB`) naming `path` for a file shorter than
    ///   SQLite's header; `.newerSchema` for a newer schema; a system error when the file
    ///   cannot be read.
    static func checkHeader(of path: String, newestSchema: Int? = nil) throws(DatabaseError) {
        let header = try readHeader(path)
        guard header.count < headerSize else {
            // Signed, as SQLite reads it.
            let version = Int(Int32(bitPattern: header[60..<64].reduce(0) { $0 << 8 | UInt32($1) }))
            if let newestSchema, header.starts(with: magic), version > newestSchema {
                throw DatabaseError.newerSchema(found: version, known: newestSchema, path: path)
            }
            return
        }
        let message =
            header.isEmpty
            ? "file is empty, not a database"
            : "file is too short to be a database (\(header.count) "
                + (header.count == 1 ? "byte)" : "bytes)")
        throw DatabaseError(.sqlite(code: SQLITE_NOTADB), message: message, path: path)
    }

    /// The first ``headerSize`` bytes of the file at `path`, fewer when it is shorter.
    static func readHeader(_ path: String) throws(DatabaseError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw PrivateFiles.failure(errno, "cannot read the database file", path: path)
        }
        defer { close(descriptor) }
        var header = [UInt8](repeating: 0, count: headerSize)
        var count = 0
        while count < headerSize {
            let got = header.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress! + count, headerSize - count, off_t(count))
            }
            if got > 0 {
                count += got
            } else if got == 0 {
                break
            } else if errno != EINTR {
                throw PrivateFiles.failure(errno, "cannot read the database file", path: path)
            }
        }
        return Array(header[..<count])
    }
}
