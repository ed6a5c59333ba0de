import Foundation
import Testing
import TimerTree

@Suite struct CivilTimeTests {
    @Test func instantsNotReadingsDecideOrder() {
        let la = zone("America/Los_Angeles")
        // On the fall-back day 01:30 PDT comes before 01:10 PST though its reading is later.
        let pdt = CivilTime(civil(2026, 11, 1, 1, 30), in: la)
        let pst = CivilTime(instant: 1_793_523_600 + 600, zone: la)
        #expect(pst.civil == civil(2026, 11, 1, 1, 10))
        #expect(pdt.civil > pst.civil)
        #expect(pdt < pst)
        #expect(pdt.offset == -25_200)
        #expect(pst.offset == -28_800)
    }

    @Test func sameInstantInDifferentZonesIsEqual() {
        let berlin = CivilTime(instant: 1_774_746_000, zone: zone("Europe/Berlin"))
        let howe = CivilTime(instant: 1_774_746_000, zone: zone("Australia/Lord_Howe"))
        #expect(berlin == howe)
        #expect(Set([berlin, howe]).count == 1)
        #expect(berlin.civil == civil(2026, 3, 29, 3, 0))
        #expect(howe.civil == civil(2026, 3, 29, 12, 0))
        #expect(!(berlin < howe) && !(howe < berlin))
    }

    @Test func skippedReadingResolvesThroughTheZonePolicy() {
        let time = CivilTime(civil(2026, 3, 8, 2, 30), in: zone("America/Los_Angeles"))
        #expect(time.instant == 1_772_965_800)
        #expect(time.civil == civil(2026, 3, 8, 3, 30))
    }

    @Test func codableKeepsInstantAndZone() throws {
        let time = CivilTime(instant: 1_793_523_600.25, zone: zone("America/Los_Angeles"))
        let back = try JSONDecoder().decode(
            CivilTime.self, from: try JSONEncoder().encode(time))
        #expect(back.instant == 1_793_523_600.25)
        #expect(back.zone == zone("America/Los_Angeles"))
        #expect(back.civil == civil(2026, 11, 1, 1, 0))
    }
}
