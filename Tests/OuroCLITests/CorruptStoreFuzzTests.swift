import Foundation
import OuroStore
import Testing

/// Seeded corruptions of a valid store (random byte flips in the file, random extreme values
/// in random columns) under the read commands: every run exits 0 or 74, never a signal or
/// a hang, and a refused run leaves the file's bytes exactly as they were.
///
/// Bounded: a fixed number of cases, each run killed after 10 s.
@Suite struct CorruptStoreFuzzTests {
    /// A store with intentions, evaluated pomodoros, a break, sessions and work hours,
    /// checkpointed into the one file.
    static func template() throws -> Data {
        let home = try OuroHome.withSession(from: 1_796_112_000, to: 1_796_140_000)
        let at = 1_796_112_000.0
        for (command, offset) in [
            (["hours", "add", "mon-fri", "09:00-17:00"], 10.0),
            (["intend", "Write", "--estimate", "1h"], 20), (["start", "Write"], 60),
            (["evaluate", "focused"], 400), (["start", "Read"], 700),
            (["evaluate", "achieved"], 1_100), (["intend", "Plan"], 1_200),
        ] {
            let result = try home.run(command, at: at + offset)
            precondition(result.status == 0 || result.status == 10, "\(command) \(result.stderr)")
        }
        return home.databaseBytes
    }

    static let columns: [(String, String)] = [
        ("intervals", "start"), ("intervals", #""end""#), ("intervals", "streak"),
        ("intervals", "position"), ("intervals", "intention"), ("intervals", "evaluated_at"),
        ("intervals", "points_before"), ("intervals", "points_after"), ("intervals", "number"),
        ("intervals", "set_at"), ("intervals", "id"), ("intentions", "created"),
        ("intentions", "modified"), ("intentions", "worked"), ("intentions", "estimates"),
        ("intentions", "pomodoros"), ("intentions", "completion_pomodoro"),
        ("sessions", "start"), ("sessions", #""end""#), ("sessions", "rule"),
        ("work_hour_rules", "weekdays"), ("work_hour_rules", "start"), ("live", "state"),
    ]

    static let values: [String] = [
        "4611686018427387904", "-4611686018427387904", "1e300", "-1e300", "9e999", "-1", "0",
        "2147483648", "9007199254740993", "1796112000 + 86400 * 365 * 300", "NULL",
        "x'00'", "x'FFFFFFFFFFFFFFFF'", "x'0000000000F07F'",
        "randomblob(24)", "randomblob(3)",
    ]

    @Test func corruptedStoresAreReadOrRefused() throws {
        var random = SeededGenerator(seed: 0x5707_E11)
        let template = try Self.template()
        #expect(template.count > 4_096)
        var outcomes: [Int32: Int] = [:]
        var corrupted = 0
        for round in 0..<96 {
            let home = OuroHome()
            try FileManager.default.createDirectory(
                atPath: home.path, withIntermediateDirectories: true)
            var bytes = template
            if round % 2 == 0 {
                // 1 to 8 random bytes anywhere in the file get random values.
                for _ in 0...(random.next() % 8) {
                    let offset = Int(random.next() % UInt64(bytes.count))
                    bytes[offset] = UInt8(truncatingIfNeeded: random.next())
                }
                #expect(FileManager.default.createFile(atPath: home.databasePath, contents: bytes))
            } else {
                #expect(FileManager.default.createFile(atPath: home.databasePath, contents: bytes))
                let (table, column) = Self.columns[Int(random.next() % UInt64(Self.columns.count))]
                let value = Self.values[Int(random.next() % UInt64(Self.values.count))]
                // Typed columns refuse some values (STRICT tables): that corruption is skipped.
                let database = try Database(path: home.databasePath)
                do {
                    try database.execute(
                        "PRAGMA ignore_check_constraints = ON; "
                            + "UPDATE \(table) SET \(column) = \(value)")
                    corrupted += 1
                } catch {}
            }
            let before = home.databaseBytes
            let command = [["status"], ["score"], ["intentions", "--all"], ["log"], ["sessions"]][
                round % 5]
            let result = try OuroProcess.run(
                command, environment: ["OURO_HOME": home.path, "OURO_NOW": "1796113500"],
                launcher: ["/usr/bin/timeout", "-s", "KILL", "10"])
            outcomes[result.status, default: 0] += 1
            let context = "round \(round) \(command): \(result.status) \(result.stderr)"
            #expect(result.status == 0 || result.status == 74, "\(context)")
            #expect(result.stderr.filter(\.isNewline).count <= 1, "\(context)")
            if result.status != 0 {
                #expect(result.stderr.hasPrefix("ouro: "), "\(context)")
                #expect(home.databaseBytes == before, "\(context)")
            }
        }
        #expect(outcomes[74, default: 0] > 0, "\(outcomes)")
        #expect(corrupted > 5)
    }
}
