import Testing

@testable import ouro

/// `hud --speed` lies in (0, 10000]: at 1e10 the HUD spun at 100 % CPU, ignoring `q` and
/// SIGTERM.
@Suite struct SpeedBoundsTests {
    @Test func speedsUpToTenThousandAreAccepted() {
        #expect(HUDRunOptions.fastestSpeed == 10_000)
        for speed in [0.001, 1, 60, 10_000] { #expect(HUDRunOptions.accepts(speed: speed)) }
        for speed in [0, -1, 10_000.5, 1e10, .nan, .infinity, -.infinity] {
            #expect(!HUDRunOptions.accepts(speed: speed))
        }
    }

    @Test(arguments: ["1e10", "10001", "0", "nan", "inf"])
    func aSpeedOutOfRangeExits64AndChangesNothing(text: String) throws {
        let home = OuroHome()
        try home.run(["intend", "Existing"], at: 1_000)
        let before = home.databaseBytes
        let result = try OuroProcess.run(
            ["hud", "--speed", text], environment: ["OURO_HOME": home.path, "OURO_NOW": "1100"])
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("ouro: --speed must be more than 0 and at most 10000"))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        #expect(home.databaseBytes == before)
    }
}
