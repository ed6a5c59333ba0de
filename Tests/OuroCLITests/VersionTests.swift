import Testing

@Suite struct VersionTests {
    /// The built binary starts, parses arguments and exits cleanly.
    @Test func printsItsVersion() throws {
        let result = try OuroProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "0.1.0\n")
    }
}
