import Foundation
import OuroStore
import Testing

/// Many processes against one store: no update lost, no `database is locked` shown, the
/// file intact; and a writer killed mid-write loses at most its own command.
@Suite(.serialized) struct ConcurrencyTests {
    /// 8 writers × 200 `intend`s, interleaved with two `status` readers.
    @Test func eightWritersAndReadersLoseNothing() throws {
        let home = OuroHome()
        try home.run(["intend", "first"], at: 1_000)
        let errors = home.path + "/errors.log"
        let environment = ["OURO_HOME": home.path, "OURO_NOW": "1000", "ERRORS": errors]
        let writers = try (1...8).map { writer in
            try ShellRun(
                """
                i=1
                while [ $i -le 200 ]; do
                  "$OURO" intend "w\(writer)-$i" >/dev/null 2>>"$ERRORS" || echo "exit $? w\(writer)-$i" >>"$ERRORS"
                  i=$((i + 1))
                done
                """, environment: environment)
        }
        let readers = try (1...2).map { _ in
            try ShellRun(
                """
                while [ ! -e "$OURO_HOME/stop" ]; do
                  "$OURO" status --json >/dev/null 2>>"$ERRORS" || echo "status exit $?" >>"$ERRORS"
                done
                """, environment: environment)
        }
        for writer in writers { #expect(writer.wait() == 0) }
        #expect(FileManager.default.createFile(atPath: home.path + "/stop", contents: nil))
        for reader in readers { reader.wait() }
        let logged = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
        #expect(logged == "")
        #expect(!logged.contains("locked"))
        let store = try Store(directory: home.path)
        let titles = try store.intentions(includingClosed: true).map(\.title)
        #expect(titles.count == 1_601)
        let expected = Set((1...8).flatMap { w in (1...200).map { "w\(w)-\($0)" } } + ["first"])
        #expect(Set(titles) == expected)
        #expect(try store.database.scalar("PRAGMA integrity_check") == .text("ok"))
    }

    /// Writers killed with SIGKILL at seeded random moments: every command that exited 0 is
    /// in the store, and the file passes `integrity_check`.
    ///
    /// Each round kills its writer only once it has confirmed two commands (then after a
    /// further seeded pause), so how many commands finish never depends on how loaded the
    /// machine is; a round that confirms fewer within a minute fails the test rather
    /// than hang it.
    @Test func aKilledWriterLosesAtMostItsOwnCommand() throws {
        let home = OuroHome()
        try home.run(["intend", "first"], at: 1_000)
        let done = home.path + "/done.log"
        func confirmed() -> [String] {
            ((try? String(contentsOfFile: done, encoding: .utf8)) ?? "")
                .split(separator: "\n").map(String.init)
        }
        var generator = SeededGenerator(seed: 18)
        let rounds = 12
        let perRound = 2
        for round in 1...rounds {
            let writer = try ShellRun(
                """
                i=1
                while :; do
                  "$OURO" intend "r\(round)-$i" >/dev/null 2>&1 && echo "r\(round)-$i" >>"$DONE"
                  i=$((i + 1))
                done
                """, environment: ["OURO_HOME": home.path, "OURO_NOW": "1000", "DONE": done])
            let deadline = Date().addingTimeInterval(60)
            while confirmed().filter({ $0.hasPrefix("r\(round)-") }).count < perRound,
                Date() < deadline
            {
                usleep(2_000)
            }
            usleep(UInt32.random(in: 0...60_000, using: &generator))
            writer.killGroup()
            #expect(confirmed().filter { $0.hasPrefix("r\(round)-") }.count >= perRound)
        }
        let confirmed = confirmed()
        #expect(confirmed.count >= rounds * perRound)
        let store = try Store(directory: home.path)
        #expect(try store.database.scalar("PRAGMA integrity_check") == .text("ok"))
        let titles = Set(try store.intentions(includingClosed: true).map(\.title))
        #expect(Set(confirmed).isSubset(of: titles))
        // At most one command per round can have committed without being confirmed.
        #expect(titles.count - 1 - confirmed.count <= rounds)
        // And the store still works.
        #expect(try home.run(["intend", "after"], at: 1_000).status == 0)
    }
}
