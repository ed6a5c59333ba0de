import Testing

/// `OURO_NOW` lies in the years 1970–2200, and a pretend time never leaves a command
/// running: `OURO_NOW=9999-12-31T23:59:59Z ouro status` ran for minutes, and `watch
/// --until` a second later never exited. Runs go through `timeout`, a safety net (not a
/// timing check) so a hang fails the test instead of stalling the suite.
@Suite struct PretendTimeBoundsTests {
    /// `timeout` in front of `ouro`: killed (status 137) after a generous minute.
    private static let safetyNet = ["/usr/bin/timeout", "-s", "KILL", "60"]

    @Test(arguments: ["9999-12-31T23:59:59Z", "2201-01-01T00:00:00Z", "7289654400"])
    func aPretendTimeAfter2200Exits64NamingTheValue(value: String) throws {
        let home = OuroHome()
        try home.run(["hours", "set", "mon-fri", "09:00-17:00"], at: 1_796_119_200)
        let before = home.databaseBytes
        let result = try OuroProcess.run(
            ["status"], environment: ["OURO_HOME": home.path, "OURO_NOW": value],
            launcher: Self.safetyNet)
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "ouro: OURO_NOW='\(value)' is not valid: use epoch seconds (1715191200 or "
                + "1100.5) or ISO 8601 with an offset (2024-05-08T11:00:00-07:00 or "
                + "2024-05-08T18:00:00Z), in the years 1970 to 2200\n")
        #expect(home.databaseBytes == before)
    }

    /// Issue #11 item 12: `session add --to 9999-…` was accepted, and `score` then took
    /// seconds and the HUD spun. Sessions last at most 24 hours.
    @Test func aSessionToTheYear9999IsRefusedAndScoreStaysQuick() throws {
        let home = OuroHome()
        try home.run(["hours", "clear"], at: 1_796_119_200)
        let before = home.databaseBytes
        let added = try OuroProcess.run(
            ["session", "add", "--from", "2026-12-01T11:00:00Z", "--to", "9999-12-31T00:00:00Z"],
            environment: ["OURO_HOME": home.path, "OURO_NOW": "1796119200", "TZ": "UTC"],
            launcher: Self.safetyNet)
        #expect(added.status == 64)
        #expect(
            added.stderr
                == "ouro: a session from 2026-12-01 11:00 to 9999-12-31 00:00 would last more "
                + "than 24 hours; give a span of at most 24 hours\n")
        #expect(home.databaseBytes == before)
        let score = try OuroProcess.run(
            ["score"], environment: ["OURO_HOME": home.path, "OURO_NOW": "1796122800"],
            launcher: Self.safetyNet)
        #expect(score.status == 0)
    }

    @Test(arguments: ["1970-01-01T00:00:00Z", "2200-12-31T23:59:59Z", "7289654399"])
    func theYears1970To2200AreAccepted(value: String) throws {
        let result = try OuroProcess.run(
            ["status"], environment: ["OURO_NOW": value], launcher: Self.safetyNet)
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func watchUntilALaterTimeUnderAPretendClockPrintsWhatIsDueAndExits() throws {
        let home = try OuroHome.withSession(from: 1_000, to: 5_000)
        let result = try OuroProcess.run(
            ["watch", "--until", "1101"],
            environment: ["OURO_HOME": home.path, "OURO_NOW": "1100"],
            launcher: Self.safetyNet)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.contains { $0.contains("start-prompt") })
        #expect(lines.contains { $0.contains("session-start") })
    }
}
