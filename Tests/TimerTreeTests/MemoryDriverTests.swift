import Testing
import TimerTree

@Suite struct MemoryDriverTests {
    @Test func startsAtTheGivenTimeAndMovesOnlyWhenAdvanced() {
        let driver = MemoryDriver(now: 12.5)
        #expect(driver.now() == 12.5)
        #expect(!driver.isScheduled)
        #expect(driver.nextWakeUp == nil)
        driver.advance(by: 2)
        #expect(driver.now() == 14.5)
    }

    @Test func advanceWithoutAWakeUpReturnsNilAndStays() {
        let driver = MemoryDriver(now: 3)
        #expect(driver.advance() == nil)
        #expect(driver.now() == 3)
    }

    @Test func advanceJumpsToTheWakeUpAndReturnsTheDistance() {
        let driver = MemoryDriver(now: 1)
        var ranAt: Double?
        driver.reschedule(at: 4.25) { ranAt = driver.now() }
        #expect(driver.advance() == 3.25)
        #expect(ranAt == 4.25)
        #expect(!driver.isScheduled)
    }

    @Test func advanceNeverMovesBackwardsToAPastWakeUp() {
        let driver = MemoryDriver(now: 10)
        var ran = false
        driver.reschedule(at: 4) { ran = true }
        #expect(driver.advance() == 0)
        #expect(driver.now() == 10)
        #expect(ran)
    }

    @Test func rescheduleReplacesAndUnscheduleDrops() {
        let driver = MemoryDriver()
        var ran: [String] = []
        driver.reschedule(at: 1) { ran.append("first") }
        driver.reschedule(at: 2) { ran.append("second") }
        #expect(driver.nextWakeUp == 2)
        driver.advance(by: 5)
        #expect(ran == ["second"])
        driver.reschedule(at: 6) { ran.append("third") }
        driver.unschedule()
        driver.advance(by: 5)
        #expect(ran == ["second"])
    }

    @Test func advanceRunsWakeUpsArmedDuringTheRunWhileDue() {
        let driver = MemoryDriver()
        var ran: [Double] = []
        driver.reschedule(at: 1) {
            ran.append(driver.now())
            driver.reschedule(at: 2) {
                ran.append(driver.now())
                driver.reschedule(at: 9) { ran.append(driver.now()) }
            }
        }
        driver.advance(by: 3)
        #expect(ran == [3, 3])
        #expect(driver.nextWakeUp == 9)
    }

    @Test func advanceDrainsEverythingDueWithNoCap() {
        let driver = MemoryDriver()
        let scheduler = Scheduler(driver: driver)
        var count = 0
        for index in 0..<1000 { scheduler.callAt(Double(index % 7)) { count += 1 } }
        driver.advance(by: 10)
        #expect(count == 1000)
        #expect(!driver.isScheduled)
    }
}
