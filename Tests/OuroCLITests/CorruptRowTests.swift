import Foundation
import OuroCore
import OuroStore
import Testing

/// A corrupt but readable store (values no ouro writes, in rows SQLite reads fine) is refused
/// with exit 74 and one line naming the file and the value: never a hang, never a trap, and
/// the file is left as it was.
@Suite struct CorruptRowTests {
    /// A home with a pomodoro running since 1 000 inside a session from 900 to 20 000.
    static func home() throws -> OuroHome {
        let home = try OuroHome.withSession(from: 900, to: 20_000)
        let started = try home.run(["start", "Write"], at: 1_000)
        precondition(started.status == 0, started.stderr)
        return home
    }

    /// An SQL corruption and the value the error must name.
    static let corruptions: [(String, String)] = [
        ("UPDATE intervals SET position = 4611686018427387904", "4611686018427387904"),
        (#"UPDATE sessions SET "end" = 1e300"#, "1e+300"),
        ("UPDATE intervals SET start = -5e18", "-5e+18"),
        ("UPDATE intervals SET points_before = 1e30 WHERE kind = 'pomodoro'", "1e+30"),
        ("UPDATE intentions SET worked = -1", "-1"),
        ("UPDATE intentions SET completion_pomodoro = -7, completion_at = 1", "-7"),
        ("INSERT INTO work_hour_rules VALUES (5, 1 << 40, 0, 3600, 'UTC')", "1099511627776"),
        ("INSERT INTO work_hour_rules VALUES (5, 2, 0, 86400, 'UTC')", "86400"),
        ("INSERT INTO sessions VALUES (9, 100, 100 + 86401, NULL)", "86401"),
    ]

    /// Runs `arguments` with a time limit: a hang shows as exit 124, not a stuck test.
    static func run(_ arguments: [String], in home: OuroHome) throws -> OuroProcess.Result {
        try OuroProcess.run(
            arguments, environment: ["OURO_HOME": home.path, "OURO_NOW": "1200"],
            launcher: ["/usr/bin/timeout", "-s", "KILL", "10"])
    }

    static func expectRefused(
        _ home: OuroHome, naming value: String, commands: [[String]] = [["status"], ["score"]]
    ) throws {
        let before = home.databaseBytes
        for command in commands {
            let result = try run(command, in: home)
            #expect(result.status == 74, "\(command): \(result.status) \(result.stderr)")
            #expect(result.stderr.hasPrefix("ouro: "))
            #expect(result.stderr.filter(\.isNewline).count == 1)
            #expect(result.stderr.contains(home.databasePath))
            #expect(result.stderr.contains(value), "\(result.stderr)")
            #expect(home.databaseBytes == before)
        }
    }

    @Test(arguments: corruptions)
    func aRowOutOfRangeIsRefused(sql: String, value: String) throws {
        let home = try Self.home()
        do { try Database(path: home.databasePath).execute(sql) }  // closed: checkpointed
        try Self.expectRefused(home, naming: value)
    }

    /// Values out of range in the live-state blob are refused the same way.
    @Test(arguments: [
        ("next interval id", 1_099_511_627_776.0),
        ("streak pomodoros", 4_611_686_018_427_387_904.0),
        ("time", 1e300),
        ("step", 1e9),
    ])
    func aLiveStateOutOfRangeIsRefused(field: String, value: Double) throws {
        let home = try Self.home()
        var database: Database? = try Database(path: home.databasePath)
        guard case .blob(let bytes)? = try database?.scalar("SELECT state FROM live") else {
            Issue.record("no live state")
            return
        }
        var snapshot = try NexusSnapshot(encoded: bytes)
        switch field {
        case "next interval id": snapshot.live.nextIntervalID = Int(value)
        case "streak pomodoros": snapshot.live.streak?.pomodoros = Int(value)
        case "time": snapshot.live.now = value
        default:
            // The streak under way keeps its own plan, which no `StreakRules` check guards.
            try #require(snapshot.live.streak != nil)
            snapshot.live.streak?.remaining = [StreakStep(.pomodoro, length: value)]
        }
        try database?.execute("UPDATE live SET state = ?", [.blob(snapshot.encoded())])
        database = nil  // closed: checkpointed, so the bytes compared are the whole store
        let text = value == 1e300 ? "1e+300" : value == 1e9 ? "1000000000" : String(Int(value))
        try Self.expectRefused(home, naming: text)
    }

    /// The control: the untouched home loads.
    @Test func anIntactStoreLoads() throws {
        let home = try Self.home()
        let result = try Self.run(["status"], in: home)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
    }
}
