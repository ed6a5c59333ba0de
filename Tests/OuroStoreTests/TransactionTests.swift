import Foundation
import OuroStore
import Synchronization
import Testing

@Suite struct TransactionTests {
    struct Refusal: Error {}

    @Test func aWriteCommitsWhenItsBodyReturns() throws {
        let directory = TemporaryDirectory()
        let path = directory.appending("ouro.sqlite3")
        let database = try Database(path: path)
        try database.execute("CREATE TABLE t (x INTEGER)")
        let result = try database.write {
            try $0.execute("INSERT INTO t VALUES (7)")
            return 42
        }
        #expect(result == 42)
        let other = try Database(path: path)
        #expect(try other.scalar("SELECT sum(x) FROM t") == .integer(7))
    }

    @Test func aThrownErrorRollsBackEverything() throws {
        let directory = TemporaryDirectory()
        let database = try Database(path: directory.appending("ouro.sqlite3"))
        try database.execute("CREATE TABLE t (x INTEGER)")
        #expect(throws: Refusal.self) {
            try database.write { database in
                try database.execute("INSERT INTO t VALUES (1)")
                try database.execute("CREATE TABLE u (y INTEGER)")
                throw Refusal()
            }
        }
        #expect(database.isAutocommit)
        #expect(try database.scalar("SELECT count(*) FROM t") == .integer(0))
        #expect(try database.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'u'") == 0)
    }

    @Test func aReadSeesOneSnapshot() throws {
        let directory = TemporaryDirectory()
        let path = directory.appending("ouro.sqlite3")
        let reader = try Database(path: path)
        try reader.execute("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1)")
        let writer = try Database(path: path)
        let (before, after) = try reader.read { database in
            let before = try database.scalar("SELECT sum(x) FROM t")
            try writer.write { try $0.execute("INSERT INTO t VALUES (10)") }
            return (before, try database.scalar("SELECT sum(x) FROM t"))
        }
        #expect(before == .integer(1))
        #expect(after == .integer(1))
        #expect(try reader.scalar("SELECT sum(x) FROM t") == .integer(11))
    }

    @Test func theChangeMonitorNoticesOtherConnectionsCommitsButNotItsOwn() throws {
        let directory = TemporaryDirectory()
        let path = directory.appending("ouro.sqlite3")
        let hud = try Database(path: path)
        try hud.execute("CREATE TABLE t (x INTEGER)")
        let subcommand = try Database(path: path)
        var monitor = try ChangeMonitor(database: hud)
        #expect(try !monitor.hasChanged())
        try hud.write { try $0.execute("INSERT INTO t VALUES (1)") }
        #expect(try !monitor.hasChanged())
        try subcommand.write { try $0.execute("INSERT INTO t VALUES (2)") }
        #expect(try monitor.hasChanged())
        #expect(try !monitor.hasChanged())
        #expect(throws: Refusal.self) {
            try subcommand.write { _ in throw Refusal() }
        }
        #expect(try !monitor.hasChanged())
    }

    /// A watcher's monitor must hold no read snapshot between looks: a connection still
    /// reading an old snapshot cannot upgrade to a write once another has committed, and
    /// SQLite reports that as `database is locked` at once, without the busy timeout.
    @Test func aMonitorLeavesItsConnectionFreeToWriteAfterAnotherCommits() throws {
        let directory = TemporaryDirectory()
        let path = directory.appending("ouro.sqlite3")
        let watcher = try Database(path: path)
        try watcher.execute("CREATE TABLE t (x INTEGER)")
        let other = try Database(path: path)
        var monitor = try ChangeMonitor(database: watcher)
        try other.write { try $0.execute("INSERT INTO t VALUES (1)") }
        #expect(try monitor.hasChanged())
        try other.write { try $0.execute("INSERT INTO t VALUES (2)") }
        try watcher.write { try $0.execute("INSERT INTO t VALUES (3)") }
        #expect(try watcher.scalar("SELECT sum(x) FROM t") == .integer(6))
    }

    /// Eight connections on eight threads each add one to a counter N times inside a write
    /// transaction that reads, computes and writes; the busy timeout and BEGIN IMMEDIATE
    /// must make every increment count and never surface `database is locked`.
    @Test func concurrentWritersLoseNoUpdate() throws {
        let directory = TemporaryDirectory()
        let path = directory.appending("ouro.sqlite3")
        let setup = try Database(path: path)
        try setup.execute(
            "CREATE TABLE counter (n INTEGER NOT NULL); INSERT INTO counter VALUES (0)")
        let writers = 8
        let increments = 50
        let failures = runOnThreads(writers) {
            let database = try Database(path: path)
            for _ in 0..<increments {
                try database.write { database in
                    let n = try database.scalar("SELECT n FROM counter")
                    guard case .integer(let value) = n else { return }
                    try database.execute("UPDATE counter SET n = ?", [.integer(value + 1)])
                }
            }
        }
        #expect(failures == [])
        #expect(try setup.scalar("SELECT n FROM counter") == .integer(Int64(writers * increments)))
    }

    /// Eight processes starting at once on a fresh data directory all open it: creating
    /// the file, switching to WAL and migrating never fail with `database is locked`, and
    /// each migration runs once.
    @Test func concurrentFirstOpensAllSucceedAndMigrateOnce() throws {
        let directory = TemporaryDirectory()
        let home = directory.appending("ouro")
        let runs = Mutex<[Int]>([])
        let migrations = [
            Migration(1, "counted") { database in
                runs.withLock { $0.append(1) }
                try database.execute("CREATE TABLE once (x INTEGER)")
            }
        ]
        let failures = runOnThreads(8) {
            _ = try Store(directory: home, migrations: migrations)
        }
        #expect(failures == [])
        #expect(runs.withLock { $0 } == [1])
    }
}
