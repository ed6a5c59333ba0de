import Testing
import TimerTree

@Suite struct ZoneConversionTests {
    @Test(arguments: Transition.all)
    func offsetsChangeAtTheZdumpInstant(change: Transition) {
        let zone = zone(change.zone)
        #expect(zone.offset(at: change.instant - 1) == change.before)
        #expect(zone.offset(at: change.instant - 0.001) == change.before)
        #expect(zone.offset(at: change.instant) == change.after)
        #expect(zone.offset(at: change.instant + 0.5) == change.after)
        #expect(zone.offset(at: change.instant - 86_400 * 30) == change.before)
        #expect(zone.offset(at: change.instant + 86_400 * 30) == change.after)
    }

    @Test(arguments: Transition.all)
    func wallClockJumpsAtTheChange(change: Transition) {
        let zone = zone(change.zone)
        let lastBefore = zone.civil(at: change.instant - 1)
        let firstAfter = zone.civil(at: change.instant)
        let jump = change.after - change.before
        #expect(
            firstAfter.date.daysSinceEpoch * 86_400 + firstAfter.time.secondsSinceMidnight
                - (lastBefore.date.daysSinceEpoch * 86_400 + lastBefore.time.secondsSinceMidnight)
                == 1 + jump)
        #expect(
            zone.startOfDay(containing: change.instant)
                == zone.instant(
                    of: CivilDateTime(date: change.day, time: WallTime(hour: 0, minute: 0)!)))
    }

    @Test func losAngelesReadingsAroundBothChanges() {
        let la = zone("America/Los_Angeles")
        #expect(la.civil(at: 1_772_963_999) == civil(2026, 3, 8, 1, 59, 59))
        #expect(la.civil(at: 1_772_964_000) == civil(2026, 3, 8, 3, 0, 0))
        #expect(la.civil(at: 1_793_523_599) == civil(2026, 11, 1, 1, 59, 59))
        #expect(la.civil(at: 1_793_523_600) == civil(2026, 11, 1, 1, 0, 0))
        #expect(la.civil(at: 1_772_964_000.75) == civil(2026, 3, 8, 3, 0, 0))
    }

    @Test(arguments: [
        // 02:30 does not exist in LA on 2026-03-08: the PST reading gives 03:30 PDT.
        (
            "America/Los_Angeles", civil(2026, 3, 8, 2, 30), 1_772_965_800.0,
            civil(2026, 3, 8, 3, 30)
        ),
        ("America/Los_Angeles", civil(2026, 3, 8, 2, 0), 1_772_964_000, civil(2026, 3, 8, 3, 0)),
        (
            "America/Los_Angeles", civil(2026, 3, 8, 2, 59, 59), 1_772_967_599,
            civil(2026, 3, 8, 3, 59, 59)
        ),
        ("Europe/Berlin", civil(2026, 3, 29, 2, 30), 1_774_747_800, civil(2026, 3, 29, 3, 30)),
        // Lord Howe skips 02:00–02:30 on 2026-10-04: 02:10 at +10:30 is 02:40 at +11.
        (
            "Australia/Lord_Howe", civil(2026, 10, 4, 2, 10), 1_791_042_000,
            civil(2026, 10, 4, 2, 40)
        ),
    ])
    func skippedReadingsMoveForwardByTheGap(
        name: String, reading: CivilDateTime, instant: Double, landsAt: CivilDateTime
    ) {
        let zone = zone(name)
        #expect(zone.instant(of: reading) == instant)
        #expect(zone.civil(at: instant) == landsAt)
    }

    @Test(arguments: [
        // 01:30 happens twice in LA on 2026-11-01: the first is 01:30 PDT (08:30 UTC).
        ("America/Los_Angeles", civil(2026, 11, 1, 1, 30), 1_793_521_800.0, 3600.0),
        ("America/Los_Angeles", civil(2026, 11, 1, 1, 0), 1_793_520_000, 3600),
        ("America/Los_Angeles", civil(2026, 11, 1, 1, 59, 59), 1_793_523_599, 3600),
        ("Europe/Berlin", civil(2026, 10, 25, 2, 30), 1_792_888_200, 3600),
        // Lord Howe repeats 01:30–02:00 on 2026-04-05: the first 01:45 is at +11.
        ("Australia/Lord_Howe", civil(2026, 4, 5, 1, 45), 1_775_313_900, 1800),
    ])
    func repeatedReadingsResolveToTheFirstOccurrence(
        name: String, reading: CivilDateTime, instant: Double, repeatsAfter: Double
    ) {
        let zone = zone(name)
        #expect(zone.instant(of: reading) == instant)
        #expect(zone.civil(at: instant) == reading)
        #expect(zone.civil(at: instant + repeatsAfter) == reading)
    }

    @Test(arguments: Transition.all)
    func nineToFiveIsEightHoursOnTheDayOfAChange(change: Transition) {
        let zone = zone(change.zone)
        let start = zone.instant(
            of: CivilDateTime(date: change.day, time: WallTime(hour: 9, minute: 0)!))
        let end = zone.instant(
            of: CivilDateTime(date: change.day, time: WallTime(hour: 17, minute: 0)!))
        #expect(end - start == 8 * 3600)
    }

    @Test func losAngelesOneThirtyToThreeThirtySpans() {
        let la = zone("America/Los_Angeles")
        let springStart = la.instant(of: civil(2026, 3, 8, 1, 30))
        let springEnd = la.instant(of: civil(2026, 3, 8, 3, 30))
        #expect(springEnd - springStart == 3600)
        let fallStart = la.instant(of: civil(2026, 11, 1, 1, 30))
        let fallEnd = la.instant(of: civil(2026, 11, 1, 3, 30))
        #expect(fallEnd - fallStart == 3 * 3600)
    }

    @Test(arguments: ["UTC", "America/Los_Angeles", "Europe/Berlin", "Australia/Lord_Howe"])
    func ordinaryReadingsRoundTrip(name: String) {
        let zone = zone(name)
        let first = date(2026, 1, 1)
        for day in 0..<365 {
            for (hour, minute) in [(0, 0), (9, 0), (12, 34), (17, 0), (23, 59)] {
                let reading = CivilDateTime(
                    date: first.adding(days: day), time: WallTime(hour: hour, minute: minute)!)
                #expect(zone.civil(at: zone.instant(of: reading)) == reading)
            }
        }
    }

    @Test(arguments: ["UTC", "America/Los_Angeles", "Europe/Berlin", "Australia/Lord_Howe"])
    func instantsRoundTripExceptSecondOccurrences(name: String) {
        let zone = zone(name)
        for instant in stride(from: 1_767_225_600.25, to: 1_798_761_600, by: 1777) {
            let reading = zone.civil(at: instant)
            let back = zone.instant(of: reading)
            if back == instant.rounded(.down) { continue }
            // Only the second occurrence of a repeated reading may resolve elsewhere: to an
            // earlier instant at most one DST shift before, with the same reading.
            #expect(back < instant && instant.rounded(.down) - back <= 3600)
            #expect(zone.civil(at: back) == reading)
        }
    }

    @Test func utcHasNoOffsetAndPlainArithmetic() {
        #expect(Zone.utc.offset(at: 1_772_964_000) == 0)
        #expect(Zone.utc.civil(at: 0) == civil(1970, 1, 1))
        #expect(Zone.utc.civil(at: -0.5) == civil(1969, 12, 31, 23, 59, 59))
        #expect(Zone.utc.instant(of: civil(2026, 3, 8, 10)) == 1_772_964_000)
        #expect(Zone.utc.startOfDay(containing: 1_772_964_000.5) == 1_772_928_000)
    }

    @Test func farInstantsConvert() {
        #expect(Zone.utc.civil(at: -62_135_596_800) == civil(1, 1, 1))
        let la = zone("America/Los_Angeles")
        // 1900-01-01 00:00 UTC: Pacific Standard Time, no DST yet.
        #expect(la.offset(at: -2_208_988_800) == -28_800)
        #expect(la.civil(at: -2_208_988_800) == civil(1899, 12, 31, 16))
        #expect(la.instant(of: civil(1899, 12, 31, 16)) == -2_208_988_800)
        #expect(Zone.utc.civil(at: .infinity).date > date(4_000_000, 1, 1))
        #expect(Zone.utc.civil(at: -.infinity).date < date(-4_000_000, 1, 1))
    }

    @Test func startOfDayIsLocalMidnight() {
        let berlin = zone("Europe/Berlin")
        // 2026-03-29 is 23 hours long in Berlin and 2026-10-25 is 25 hours long.
        let march = berlin.startOfDay(containing: 1_774_746_000 + 5000)
        #expect(march == 1_774_738_800)
        #expect(berlin.startOfDay(containing: march + 23 * 3600 - 0.5) == march)
        #expect(berlin.startOfDay(containing: march + 23 * 3600) == march + 23 * 3600)
        #expect(berlin.civil(at: march + 23 * 3600) == civil(2026, 3, 30))
        let october = berlin.startOfDay(containing: 1_792_890_000)
        #expect(berlin.instant(of: civil(2026, 10, 26)) - october == 25 * 3600)
    }
}
