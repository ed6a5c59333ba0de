import Testing
import TimerTree

@Suite struct CivilDriverTests {
    @Test func nowIsTheBaseInstantReadInTheZone() {
        let base = MemoryDriver(now: 1_772_964_000)
        let driver = CivilDriver(base, zone: zone("America/Los_Angeles"))
        #expect(driver.now().instant == 1_772_964_000)
        #expect(driver.now().civil == civil(2026, 3, 8, 3, 0, 0))
        #expect(driver.now().zone == zone("America/Los_Angeles"))
        base.advance(by: 3600.5)
        #expect(driver.now().civil == civil(2026, 3, 8, 4, 0, 0))
    }

    @Test func wakeUpsGoToTheBaseDriverAtTheInstant() {
        let start = civilTime("Europe/Berlin", 2026, 3, 28, 12)
        let (driver, scheduler) = makeCivilScheduler("Europe/Berlin", at: start)
        let later = civilTime("Europe/Berlin", 2026, 3, 29, 12)
        let call = scheduler.callAt(later) {}
        #expect(driver.nextWakeUp == later.instant)
        call.cancel()
        #expect(!driver.isScheduled)
    }

    @Test func callsInAnyZoneRunInInstantOrderAndSeeTheDriverZone() {
        let start = civilTime("UTC", 2026, 11, 1, 0)
        let (driver, scheduler) = makeCivilScheduler("America/Los_Angeles", at: start)
        var ran: [(String, CivilTime)] = []
        // 01:10 PST comes after 01:30 PDT although its reading is earlier.
        let pst = CivilTime(instant: 1_793_523_600 + 600, zone: zone("America/Los_Angeles"))
        let pdt = civilTime("America/Los_Angeles", 2026, 11, 1, 1, 30)
        let berlin = civilTime("Europe/Berlin", 2026, 11, 1, 9, 0)
        scheduler.callAt(pst) { ran.append(("pst", scheduler.now())) }
        scheduler.callAt(berlin) { ran.append(("berlin", scheduler.now())) }
        scheduler.callAt(pdt) { ran.append(("pdt", scheduler.now())) }
        while driver.advance() != nil {}
        #expect(ran.map(\.0) == ["berlin", "pdt", "pst"])
        #expect(ran.map(\.1.instant) == [berlin.instant, pdt.instant, pst.instant])
        #expect(ran.allSatisfy { $0.1.zone == zone("America/Los_Angeles") })
        #expect(ran[2].1.civil == civil(2026, 11, 1, 1, 10))
    }

    @Test func wrapsTheWallClockDriverForTheProgram() {
        let base = WallClockDriver()
        let lordHowe = zone("Australia/Lord_Howe")
        let scheduler = Scheduler(driver: CivilDriver(base, zone: lordHowe))
        let before = base.now()
        #expect(scheduler.now().instant >= before)
        #expect(scheduler.now().zone == lordHowe)
        var ran: CivilTime?
        scheduler.callAt(CivilTime(instant: before - 1, zone: .utc)) { ran = scheduler.now() }
        #expect(base.nextWakeUp == before - 1)
        #expect(base.runDue())
        #expect(ran.map { $0.instant >= before && $0.zone == lordHowe } == true)
        #expect(base.nextWakeUp == nil)
    }
}
