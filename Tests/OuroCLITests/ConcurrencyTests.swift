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

    /// Writers killed with SIGKILL at random moments: every command that exited 0 is in the
    /// store, and the file passes `integrity_check`.
    @Test func aKilledWriterLosesAtMostItsOwnCommand() throws {
        let home = OuroHome()
        try home.run(["intend", "first"], at: 1_000)
        let done = home.path + "/done.log"
        var generator = SystemRandomNumberGenerator()
        for round in 1...12 {
            let writer = try ShellRun(
                """
                i=1
                while :; do
                  "$OURO" intend "r\(round)-$i" >/dev/null 2>&1 && echo "r\(round)-$i" >>"$DONE"
                  i=$((i + 1))
                done
                """, environment: ["OURO_HOME": home.path, "OURO_NOW": "1000", "DONE": done])
            usleep(UInt32.random(in: 20_000...150_000, using: &generator))
            writer.killGroup()
        }
        let confirmed = ((try? String(contentsOfFile: done, encoding: .utf8)) ?? "")
            .split(separator: "\n").map(String.init)
        #expect(confirmed.count > 12)
        let store = try Store(directory: home.path)
        #expect(try store.database.scalar("PRAGMA integrity_check") == .text("ok"))
        let titles = Set(try store.intentions(includingClosed: true).map(\.title))
        #expect(Set(confirmed).isSubset(of: titles))
        // At most one command per round can have committed without being confirmed.
        #expect(titles.count - 1 - confirmed.count <= 12)
        // And the store still works.
        #expect(try home.run(["intend", "after"], at: 1_000).status == 0)
    }
}
