import Foundation
import OuroStore
import Testing

@Suite struct DatabaseOpeningTests {
    @Test func configuresWALBusyTimeoutForeignKeysAndSynchronous() throws {
        let directory = TemporaryDirectory()
        let database = try Database(path: directory.appending("ouro.sqlite3"))
        #expect(try database.journalMode() == "wal")
        #expect(try database.busyTimeout() == 10_000)
        #expect(try database.scalar("PRAGMA foreign_keys") == .integer(1))
        #expect(try database.scalar("PRAGMA synchronous") == .integer(1))  // NORMAL
    }

    @Test func createsMissingDirectoriesPrivateAndTheFile0600() throws {
        let directory = TemporaryDirectory()
        let parent = directory.appending("share")
        let home = parent + "/ouro"
        let path = home + "/ouro.sqlite3"
        let database = try Database(path: path)
        #expect(permissions(parent) == 0o700)
        #expect(permissions(home) == 0o700)
        #expect(permissions(path) == 0o600)
        _ = database
    }

    /// SQLite gives -wal and -shm the database file's mode, so even a permissive umask
    /// leaves them private; no umask juggling is needed.
    @Test func walAndSharedMemoryFilesArePrivateEvenWithAPermissiveUmask() throws {
        let directory = TemporaryDirectory()
        let path = directory.appending("ouro.sqlite3")
        let previous = umask(0)
        defer { umask(previous) }
        let database = try Database(path: path)
        try database.execute("CREATE TABLE t (x INTEGER)")
        #expect(permissions(path) == 0o600)
        #expect(permissions(path + "-wal") == 0o600)
        #expect(permissions(path + "-shm") == 0o600)
    }

    @Test func leavesAnExistingDirectorysModeAlone() throws {
        let directory = TemporaryDirectory()
        chmod(directory.path, 0o750)
        _ = try Database(path: directory.appending("ouro.sqlite3"))
        #expect(permissions(directory.path) == 0o750)
    }

    @Test func reportsAFileThatIsNotADatabaseWithoutTouchingIt() throws {
        let directory = TemporaryDirectory()
        let path = directory.appending("ouro.sqlite3")
        let bytes = Data(String(repeating: "these are my notes, not a database\n", count: 200).utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: bytes))
        let error = try #require(throws: DatabaseError.self) { try Database(path: path) }
        #expect(error.sqliteCode == 26)  // SQLITE_NOTADB
        #expect(error.path == path)
        #expect(error.description.contains(path))
        #expect(error.message.contains("not a database"))
        #expect(contents(path) == bytes)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(!FileManager.default.fileExists(atPath: path + "-journal"))
    }

    @Test func reportsAShortGarbageFileWithoutTouchingIt() throws {
        let directory = TemporaryDirectory()
        let path = directory.appending("ouro.sqlite3")
        let bytes = Data("hello".utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: bytes))
        let error = try #require(throws: DatabaseError.self) { try Database(path: path) }
        #expect(error.sqliteCode == 26)
        #expect(contents(path) == bytes)
    }

    /// SQLite takes a file of 0 or 1 bytes for an empty database and writes a new one over
    /// it; only a missing file may start a store.
    @Test(arguments: [0, 1, 99])
    func refusesAnExistingFileTooShortToBeADatabaseWithoutTouchingIt(size: Int) throws {
        let directory = TemporaryDirectory()
        let path = directory.appending("ouro.sqlite3")
        let bytes = Data(repeating: 0x53, count: size)
        #expect(FileManager.default.createFile(atPath: path, contents: bytes))
        let error = try #require(throws: DatabaseError.self) { try Database(path: path) }
        #expect(error.sqliteCode == 26)  // SQLITE_NOTADB
        #expect(error.path == path)
        #expect(
            error.message
                == (size == 0
                    ? "file is empty, not a database"
                    : size == 1
                        ? "file is too short to be a database (1 byte)"
                        : "file is too short to be a database (\(size) bytes)"))
        #expect(contents(path) == bytes)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["ouro.sqlite3"])
    }

    /// A new store is made under a private name and linked into place whole, so nothing but
    /// the database (and SQLite's own -wal and -shm) is left beside it.
    @Test func createsAMissingFileAsAWholeDatabaseAndLeavesNoDraft() throws {
        let directory = TemporaryDirectory()
        let path = directory.appending("ouro.sqlite3")
        do {
            let database = try Database(path: path)
            #expect(try database.journalMode() == "wal")
        }
        #expect(contents(path).count >= 100)
        #expect(permissions(path) == 0o600)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(names.filter { !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") } == ["ouro.sqlite3"])
        _ = try Database(path: path)
    }

    @Test func reportsADataDirectoryPathThatIsAFile() throws {
        let directory = TemporaryDirectory()
        let blocker = directory.appending("home")
        #expect(FileManager.default.createFile(atPath: blocker, contents: Data("x".utf8)))
        let error = try #require(throws: DatabaseError.self) {
            try Database(path: blocker + "/ouro.sqlite3")
        }
        #expect(error.kind == .system(errno: ENOTDIR))
        #expect(error.path == blocker)
    }

    /// Root ignores directory permissions, so this runs only for ordinary users; the CLI
    /// tests cover the same case as an unprivileged user through the binary.
    @Test(.enabled(if: geteuid() != 0, "root can write to read-only directories"))
    func reportsAReadOnlyDataDirectoryByName() throws {
        let directory = TemporaryDirectory()
        let home = directory.appending("home")
        mkdir(home, 0o500)
        let error = try #require(throws: DatabaseError.self) {
            try Database(path: home + "/ouro.sqlite3")
        }
        #expect(error.kind == .system(errno: EACCES))
        #expect(error.path == home + "/ouro.sqlite3")
        #expect(error.message.contains("Permission denied"))
    }
}
