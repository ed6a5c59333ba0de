import Testing
import TimerTree

@Suite struct ZoneConcurrencyTests {
    /// Many tasks converting in four zones at once: any conversion that saw another task's
    /// `TZ` would read the wrong offset, so every answer must match the one-at-a-time answer.
    @Test func concurrentConversionsInDifferentZonesAgree() async {
        let names = ["UTC", "America/Los_Angeles", "Europe/Berlin", "Australia/Lord_Howe"]
        let instants = Transition.all.flatMap { [$0.instant - 1, $0.instant] }
        let expected = names.map { name in
            instants.map { instant in
                let zone = zone(name)
                let reading = zone.civil(at: instant)
                return [Double(zone.offset(at: instant)), zone.instant(of: reading)]
            }
        }
        let mismatches = await withTaskGroup(of: Int.self) { group in
            for task in 0..<64 {
                group.addTask {
                    let index = task % names.count
                    let zone = zone(names[index])
                    var mismatches = 0
                    for _ in 0..<200 {
                        for (position, instant) in instants.enumerated() {
                            let reading = zone.civil(at: instant)
                            let answer = [
                                Double(zone.offset(at: instant)), zone.instant(of: reading),
                            ]
                            if answer != expected[index][position] { mismatches += 1 }
                        }
                    }
                    return mismatches
                }
            }
            return await group.reduce(0, +)
        }
        #expect(mismatches == 0)
        #expect(expected[1][0] == [-28_800, 1_772_963_999])
        // Lord Howe's 01:30 at the April change is its second occurrence: back to the first.
        #expect(expected[3][9] == [37_800, 1_775_313_000])
    }
}
