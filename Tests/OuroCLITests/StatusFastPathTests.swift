import Testing

@testable import ouro

/// `ouro status` is recognised by hand only in its plain forms; anything else goes to the
/// parser, which also handles `--help` and mistakes.
@Suite struct StatusFastPathTests {
    @Test func recognisesThePlainForms() {
        #expect(StatusOptions.fastPath(["status"]) == StatusOptions())
        #expect(StatusOptions.fastPath(["status", "--json"]) == StatusOptions(json: true))
        #expect(
            StatusOptions.fastPath(["status", "--format", "{kind}"])
                == StatusOptions(format: "{kind}"))
        #expect(
            StatusOptions.fastPath(["status", "--format={kind}", "--json"])
                == StatusOptions(json: true, format: "{kind}"))
    }

    @Test(arguments: [
        ["status", "--help"], ["status", "-h"], ["status", "--json", "--bogus"],
        ["status", "--format"], ["status", "--format", "a", "--format", "b"], ["status", "--"],
        ["intend", "status"], [], ["--work-hours", "09:00-17:00", "status"],
    ])
    func leavesEverythingElseToTheParser(arguments: [String]) {
        #expect(StatusOptions.fastPath(arguments[...]) == nil)
    }

    /// Both paths print the same line.
    @Test func theParserPathPrintsTheSame() throws {
        let home = try OuroHome.withSession(from: 1_000, to: 2_000)
        let fast = try home.run(["status", "--json"], at: 1_100)
        let parsed = try home.run(["status", "--json", "--"], at: 1_100)
        #expect(fast.status == 0)
        #expect(parsed.stdout == fast.stdout)
        let help = try home.run(["status", "--help"], at: 1_100)
        #expect(help.status == 0)
        #expect(help.stdout.contains("{remaining}"))
    }
}
