import Foundation
import Testing
import TimerTree

@Suite struct ZoneTests {
    @Test(arguments: ["UTC", "America/Los_Angeles", "Europe/Berlin", "Australia/Lord_Howe"])
    func knownZonesAreAccepted(name: String) throws {
        #expect(try Zone(identifier: name).identifier == name)
    }

    @Test(arguments: [
        "", "Mars/Olympus_Mons", "../../../etc/passwd", "/etc/localtime",
        "America/../Europe/Berlin", "./UTC", "America", "America/", "zone.tab", "Europe//Berlin",
        "Europe/Berlin\u{0}", "utc ", "EST5EDT,M3.2.0,M11.1.0",
    ])
    func unknownNamesAreRejectedNamingThem(name: String) {
        #expect(throws: ZoneError.unknownIdentifier(name)) { try Zone(identifier: name) }
        let message = ZoneError.unknownIdentifier(name).description
        #expect(message.contains("'\(name)'"))
    }

    @Test func codableAsItsIdentifier() throws {
        let data = try JSONEncoder().encode([zone("Europe/Berlin")])
        #expect(String(decoding: data, as: UTF8.self) == #"["Europe\/Berlin"]"#)
        #expect(try JSONDecoder().decode([Zone].self, from: data) == [zone("Europe/Berlin")])
        let bad = Data(#"["Mars/Olympus_Mons"]"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Zone].self, from: bad) }
    }

    @Test func localPrefersTZThenLocaltimeThenUTC() throws {
        #expect(Zone.local(tz: "America/Los_Angeles") == zone("America/Los_Angeles"))
        #expect(Zone.local(tz: ":Europe/Berlin") == zone("Europe/Berlin"))
        #expect(
            Zone.local(tz: "/usr/share/zoneinfo/Australia/Lord_Howe") == zone("Australia/Lord_Howe")
        )
        #expect(Zone.local(tz: "UTC") == .utc)
        let fallback = Zone.local(tz: nil)
        #expect(Zone.local(tz: "") == fallback)
        #expect(Zone.local(tz: "Mars/Olympus_Mons") == fallback)
        #expect(Zone.local(tz: "../../etc/passwd") == fallback)
        let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/etc/localtime")
        if let link, let range = link.range(of: "zoneinfo/") {
            #expect(fallback.identifier == String(link[range.upperBound...]))
        } else {
            #expect(fallback == .utc)
        }
    }

    @Test func conversionsPutTheProcessTZBack() {
        let before = Zone.local()
        _ = zone("Australia/Lord_Howe").civil(at: 1_775_314_800)
        _ = zone("Australia/Lord_Howe").instant(of: civil(2026, 4, 5, 1, 45))
        #expect(Zone.local() == before)
    }
}
