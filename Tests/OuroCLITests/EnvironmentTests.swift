import Testing
import TimerTree

@testable import ouro

@Suite struct InstantTextTests {
    @Test(arguments: [
        ("1715191200", 1_715_191_200), ("1100.5", 1_100.5), ("0", 0),
        ("2024-05-08T11:00:00-07:00", 1_715_191_200), ("2024-05-08T18:00:00Z", 1_715_191_200),
        ("2024-05-08T18:00:00z", 1_715_191_200), ("2024-05-08T18:00Z", 1_715_191_200),
        ("2024-05-08T18:00:00.25Z", 1_715_191_200.25), ("2024-05-08T20:30:00+0230", 1_715_191_200),
        ("2024-05-08T20:30:00+02:30", 1_715_191_200), ("2024-02-29T00:00:00Z", 1_709_164_800),
        ("1970-01-01T00:00:00+00:00", 0), ("2024-05-08t18:00:00,5Z", 1_715_191_200.5),
    ])
    func parses(text: String, seconds: Double) {
        #expect(InstantText.parse(text) == seconds)
    }

    @Test(arguments: [
        "", "now", "2024-05-08T11:00:00", "2024-05-08", "2024-02-30T00:00:00Z",
        "2024-05-08T24:00:00Z",
        "2024-05-08T11:60:00Z", "2024-05-08T11:00:60Z", "1100.", ".5", "-5", "1e9", "+5",
        "2024-05-08 11:00:00Z", "2024-05-08T11:00:00+7", "2024-05-08T11:00:00+24:00",
        "99999999999999999999", "1715191200 ", "10000-01-01T00:00:00Z", "2024-05-08T11:00:00.Z",
        "1969-12-31T23:59:59Z",
    ])
    func refuses(text: String) {
        #expect(InstantText.parse(text) == nil)
    }
}

@Suite struct OuroEnvironmentTests {
    @Test func theDataDirectoryFollowsOuroHomeThenXDGThenHome() throws {
        let all = OuroEnvironment(variables: [
            "OURO_HOME": "/data/ouro", "XDG_DATA_HOME": "/xdg", "HOME": "/home/ana",
        ])
        #expect(try all.dataDirectory() == "/data/ouro")
        #expect(try all.databasePath() == "/data/ouro/ouro.sqlite3")
        let xdg = OuroEnvironment(variables: ["XDG_DATA_HOME": "/xdg", "HOME": "/home/ana"])
        #expect(try xdg.dataDirectory() == "/xdg/ouro")
        let home = OuroEnvironment(variables: ["HOME": "/home/ana", "OURO_HOME": ""])
        #expect(try home.dataDirectory() == "/home/ana/.local/share/ouro")
        let relativeXDG = OuroEnvironment(variables: ["XDG_DATA_HOME": "xdg", "HOME": "/home/ana"])
        #expect(try relativeXDG.dataDirectory() == "/home/ana/.local/share/ouro")
        let password = OuroEnvironment(variables: [:]) { "/home/bo" }
        #expect(try password.dataDirectory() == "/home/bo/.local/share/ouro")
    }

    @Test func noHomeAtAllIsAStoreError() {
        do {
            _ = try OuroEnvironment(variables: [:]).dataDirectory()
            Issue.record("expected no data directory")
        } catch {
            #expect(error.status == .storeUnavailable)
            #expect(error.message.contains("OURO_HOME"))
        }
    }

    @Test func noColorTurnsColourOffWhenNotEmpty() {
        #expect(OuroEnvironment(variables: [:]).usesColor)
        #expect(OuroEnvironment(variables: ["NO_COLOR": ""]).usesColor)
        #expect(!OuroEnvironment(variables: ["NO_COLOR": "1"]).usesColor)
    }

    @Test func timeZoneIsPassedThrough() {
        #expect(OuroEnvironment(variables: ["TZ": "Europe/Berlin"]).timeZone == "Europe/Berlin")
        #expect(OuroEnvironment(variables: [:]).timeZone == nil)
    }

    @Test func ouroNowPinsTheTime() throws {
        let pinned = OuroEnvironment(variables: ["OURO_NOW": "2024-05-08T11:00:00-07:00"])
        #expect(try pinned.now() == 1_715_191_200)
    }

    @Test func aBadOuroNowIsAUsageErrorNamingTheValue() {
        do {
            _ = try OuroEnvironment(variables: ["OURO_NOW": "next tuesday"]).now()
            Issue.record("expected OURO_NOW to be refused")
        } catch {
            #expect(error.status == .usage)
            #expect(
                error.message.hasPrefix("OURO_NOW='next tuesday' is not valid: use epoch seconds"))
        }
    }

    /// Without OURO_NOW the time comes from the system clock: it lies between two readings.
    @Test func withoutOuroNowTheWallClockIsUsed() throws {
        let before = EpochSeconds.seconds()
        let now = try OuroEnvironment(variables: ["OURO_NOW": ""]).now()
        let after = EpochSeconds.seconds()
        #expect(before <= now && now <= after)
        #expect(now > 1_700_000_000)
    }
}
