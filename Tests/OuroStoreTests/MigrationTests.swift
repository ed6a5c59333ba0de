import Foundation
import OuroStore
import Testing

@Suite struct MigrationTests {
    struct Broken: Error {}

    /// Migrations that record the order they ran in.
    static let logged: [Migration] = (1...3).map { version in
        Migration(version, "step \(version)") { database in
            try database.execute("CREATE TABLE IF NOT EXISTS log (version INTEGER)")
            try database.execute("INSERT INTO log VALUES (?)", [.integer(Int64(version))])
        }
    }

    @Test func runOnceEachInOrder() throws {
        let directory = TemporaryDirectory()
        let database = try Database(path: directory.appending("ouro.sqlite3"))
        let first = try database.migrate(Array(Self.logged.prefix(2)))
        #expect(first.applied == [1, 2])
        #expect(first.backupPath == nil)
        let second = try database.migrate(Self.logged)
        #expect(second.applied == [3])
        #expect(second.backupPath == database.path + ".backup-v2")
        let third = try database.migrate(Self.logged)
        #expect(third.applied == [])
        #expect(try database.userVersion() == 3)
        #expect(
            try database.query("SELECT version FROM log ORDER BY rowid") { $0.int64(at: 0) } == [
                1, 2, 3,
            ])
    }

    @Test func backsUpAnExistingDatabaseBeforeMigrating() throws {
        let directory = TemporaryDirectory()
        let path = directory.appending("ouro.sqlite3")
        let database = try Database(path: path)
        try database.migrate(Array(Self.logged.prefix(1)))
        let outcome = try database.migrate(Self.logged)
        #expect(outcome.applied == [2, 3])
        #expect(outcome.backupPath == path + ".backup-v1")
        #expect(permissions(path + ".backup-v1") == 0o600)
        let backup = try Database(path: path + ".backup-v1")
        #expect(try backup.userVersion() == 1)
        #expect(try backup.query("SELECT version FROM log") { $0.int64(at: 0) } == [1])
    }

    @Test func neverOverwritesAnEarlierBackup() throws {
        let directory = TemporaryDirectory()
        let path = directory.appending("ouro.sqlite3")
        #expect(
            FileManager.default.createFile(atPath: path + ".backup-v1", contents: Data("old".utf8)))
        let database = try Database(path: path)
        try database.migrate(Array(Self.logged.prefix(1)))
        let outcome = try database.migrate(Self.logged)
        #expect(outcome.backupPath == path + ".backup-v1.2")
        #expect(contents(path + ".backup-v1") == Data("old".utf8))
    }

    @Test func backsUpAnUnversionedDatabaseThatHoldsTables() throws {
        let directory = TemporaryDirectory()
        let path = directory.appending("ouro.sqlite3")
        let database = try Database(path: path)
        try database.execute("CREATE TABLE mine (x INTEGER)")
        #expect(try database.migrate(Self.logged).backupPath == path + ".backup-v0")
    }

    @Test func refusesADatabaseFromANewerOuroWithoutChangingIt() throws {
        let directory = TemporaryDirectory()
        let path = directory.appending("ouro.sqlite3")
        let database = try Database(path: path)
        try database.setUserVersion(9)
        let error = try #require(throws: DatabaseError.self) { try database.migrate(Self.logged) }
        #expect(error.kind == .newerSchema(found: 9, known: 3))
        #expect(error.path == path)
        #expect(error.message.contains("upgrade ouro"))
        #expect(try database.userVersion() == 9)
        #expect(try database.scalar("SELECT count(*) FROM sqlite_master") == .integer(0))
        #expect(!FileManager.default.fileExists(atPath: path + ".backup-v9"))
    }

    /// A rollback-journal file from a newer ouro must be refused before the connection
    /// switches it to WAL, which would rewrite its header and create -wal and -shm.
    @Test func refusesANewerRollbackJournalStoreBeforeAnythingWrites() throws {
        let directory = TemporaryDirectory()
        let path = directory.appending("ouro.sqlite3")
        do {
            let database = try Database(path: path)
            try database.execute("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1)")
            #expect(try database.scalar("PRAGMA journal_mode = DELETE") == .text("delete"))
            try database.setUserVersion(Schema.latestVersion + 1)
        }
        // Out of WAL mode the -wal and -shm kept open for it are leftovers.
        unlink(path + "-wal")
        unlink(path + "-shm")
        let bytes = contents(path)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["ouro.sqlite3"])
        let error = try #require(throws: DatabaseError.self) {
            try Store(directory: directory.path)
        }
        #expect(
            error.kind == .newerSchema(found: Schema.latestVersion + 1, known: Schema.latestVersion)
        )
        #expect(error.path == path)
        #expect(contents(path) == bytes)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["ouro.sqlite3"])
    }

    @Test func aFailingMigrationRollsBackItselfAndKeepsTheEarlierOnes() throws {
        let directory = TemporaryDirectory()
        let database = try Database(path: directory.appending("ouro.sqlite3"))
        let broken = Migration(3, "broken") { database in
            try database.execute("CREATE TABLE half (x INTEGER)")
            throw Broken()
        }
        #expect(throws: Broken.self) {
            try database.migrate(Array(Self.logged.prefix(2)) + [broken])
        }
        #expect(try database.userVersion() == 2)
        #expect(try database.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'half'") == 0)
    }

    @Test func theStoreOpensTheDataDirectoryAtTheLatestSchema() throws {
        let directory = TemporaryDirectory()
        let home = directory.appending("ouro")
        let store = try Store(directory: home)
        #expect(store.database.path == home + "/ouro.sqlite3")
        #expect(try store.database.userVersion() == Schema.latestVersion)
        #expect(Schema.migrations.map(\.version) == Array(1...Schema.latestVersion))
        try store.database.execute("INSERT INTO meta VALUES ('streak', '5/5')")
        #expect(try store.database.scalar("SELECT value FROM meta") == .text("5/5"))
    }
}
