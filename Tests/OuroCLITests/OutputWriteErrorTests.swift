import Foundation
import Testing

/// A write error on standard output is an error: exit 74 with one `ouro:` line, for a full
/// device (`/dev/full`) and for a closed standard output alike.
@Suite struct OutputWriteErrorTests {
    /// Runs `ouro arguments…` in `home` at `now` with standard output redirected as `redirection`
    /// says (`>/dev/full`, `>&-`), through `/bin/sh`.
    static func run(
        _ arguments: [String], redirecting redirection: String, in home: OuroHome, at now: Double
    ) throws -> OuroProcess.Result {
        try OuroProcess.run(
            arguments, environment: ["OURO_HOME": home.path, "OURO_NOW": String(now)],
            launcher: ["/bin/sh", "-c", #"exec "$0" "$@" "# + redirection])
    }

    /// A home with 3 intentions of long titles (more output than one stdio buffer holds).
    static func home() throws -> OuroHome {
        let home = try OuroHome.withSession(from: 1_000, to: 20_000)
        for number in 1...3 {
            let title = "Intention \(number) " + String(repeating: "x", count: 3_000)
            #expect(try home.run(["intend", title], at: 1_100).status == 0)
        }
        #expect(try home.run(["start", "1"], at: 1_100).status == 0)
        return home
    }

    static let commands: [[String]] = [
        ["log", "--csv"], ["log", "--json"], ["intentions", "--all", "--json"], ["intentions"],
        ["status"], ["status", "--json"], ["score"], ["sessions"], ["settings"],
    ]

    @Test(arguments: commands, [">/dev/full", ">&-"])
    func aFailedWriteExits74(arguments: [String], redirection: String) throws {
        let home = try Self.home()
        let result = try Self.run(arguments, redirecting: redirection, in: home, at: 1_200)
        #expect(result.status == 74, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("ouro: cannot write to standard output: ") == true)
    }

    @Test func aFullDeviceIsNamed() throws {
        let home = try Self.home()
        let result = try Self.run(["log", "--csv"], redirecting: ">/dev/full", in: home, at: 1_200)
        #expect(result.stderr == "ouro: cannot write to standard output: No space left on device\n")
    }

    /// `intend` commits first: the intention stays, and the id it could not print is in the
    /// error line, so it is not lost.
    @Test func anIntentionWhoseIdCannotBePrintedIsNamedInTheError() throws {
        let home = try Self.home()
        let result = try Self.run(["intend", "Lost"], redirecting: ">&-", in: home, at: 1_200)
        #expect(result.status == 74)
        #expect(
            result.stderr
                == "ouro: cannot write to standard output: Bad file descriptor; "
                + "intention 4 was added\n")
        let listed = try home.run(["intentions"], at: 1_200)
        #expect(listed.stdout.contains("4\tLost"))
    }

    /// The control: the same runs writing to `/dev/null` succeed.
    @Test(arguments: commands)
    func aWorkingOutputExits0(arguments: [String]) throws {
        let home = try Self.home()
        let result = try Self.run(arguments, redirecting: ">/dev/null", in: home, at: 1_200)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
    }
}
