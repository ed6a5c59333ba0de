import Testing

@Suite struct VersionTests {
    /// The built binary starts, parses arguments and exits cleanly.
    @Test func printsItsVersion() throws {
        let result = try OuroProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "0.1.0\n")
    }
}

@Suite struct HelpTests {
    /// Help is printed to stdout and is not an error.
    @Test func helpExitsZero() throws {
        let result = try OuroProcess.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("OVERVIEW: A terminal pomodoro timer for time blindness."))
        #expect(result.stderr == "")
    }
}
