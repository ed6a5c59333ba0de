import Glibc

/// Creates the data directory and database file so that only their owner can read them.
///
/// Pomodoro history says when someone works and on what, so nothing ouro creates is
/// readable by other users. Modes are set explicitly after creation because the process
/// umask may be narrower or wider than what we need. SQLite gives the `-wal` and `-shm`
/// files the database file's own mode, so a 0600 database is enough to keep them private
/// without touching the process-wide (and thread-unsafe) umask.
enum PrivateFiles {
    /// Creates `path` and any missing parents with mode 0700; existing directories are left
    /// as they are.
    static func createDirectory(_ path: String) throws(DatabaseError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            // Not `+=`: that is the generic Sequence append, whose first call makes the
            // runtime search every protocol conformance in the binary (~10 % of `ouro status`).
            prefix.append(contentsOf: component)
            if mkdir(prefix, 0o700) == 0 {
                chmod(prefix, 0o700)
            } else {
                let code = errno
                var info = stat()
                guard code == EEXIST else {
                    throw failure(code, "cannot create the data directory", path: prefix)
                }
                guard stat(prefix, &info) == 0 else {
                    // Something exists but cannot be followed: a symbolic link to nothing
                    // (ENOENT) or a loop of links (ELOOP, "too many levels of symbolic links").
                    let reason = errno
                    guard reason != ENOENT else {
                        throw DatabaseError(
                            .system(errno: ENOENT),
                            message: "cannot create the data directory: \(prefix) is a dangling "
                                + "symbolic link", path: prefix)
                    }
                    throw failure(reason, "cannot create the data directory", path: prefix)
                }
                guard info.st_mode & S_IFMT == S_IFDIR else {
                    throw failure(ENOTDIR, "cannot create the data directory", path: prefix)
                }
            }
            prefix += "/"
        }
    }

    /// Creates an empty file at `path` with mode 0600 unless something already exists there.
    static func createFile(_ path: String) throws(DatabaseError) {
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            fchmod(descriptor, 0o600)
            close(descriptor)
            return
        }
        let code = errno
        guard code == EEXIST else {
            throw failure(code, "cannot create the database file", path: path)
        }
    }

    /// Whether something exists at `path`.
    static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    /// The error for a failed file-system call, with the C library's words for `code`.
    static func failure(_ code: Int32, _ what: String, path: String) -> DatabaseError {
        let reason = String(cString: strerror(code))
        return DatabaseError(.system(errno: code), message: "\(what): \(reason)", path: path)
    }
}
