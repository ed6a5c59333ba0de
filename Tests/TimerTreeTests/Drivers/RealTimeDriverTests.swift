import Testing
import TimerTree

@Suite struct RealTimeDriverTests {
    @Test func monotonicRunRunsACallOnceNotBeforeItsTimeAndReturnsWhenEmpty() {
        let driver = MonotonicDriver()
        expectOneCallOnTime(on: driver, after: 0.02) { driver.run() }
    }

    @Test func wallClockRunRunsACallOnceNotBeforeItsTimeAndReturnsWhenEmpty() {
        let driver = WallClockDriver()
        expectOneCallOnTime(on: driver, after: 0.03) { driver.run() }
    }

    @Test func wallClockReadsEpochSeconds() {
        // 2020-01-01 and 2200-01-01: a wall clock, not seconds since boot.
        let now = WallClockDriver().now()
        #expect(now > 1_577_836_800 && now < 7_258_118_400)
    }

    @Test func stopFromACallbackEndsRunAndLeavesLaterCallsPending() {
        let driver = MonotonicDriver()
        let scheduler = Scheduler(driver: driver)
        let later = expectStopFromACallbackEndsRun(
            on: scheduler, stop: driver.stop, run: driver.run)
        #expect(driver.nextWakeUp == later.when)
    }

    @Test func runUntilRunsWhatIsDueByTheDeadlineAndNoMore() {
        let driver = MonotonicDriver()
        let scheduler = Scheduler(driver: driver)
        let firings = Firings()
        firings.schedule(on: scheduler, after: 0.01)
        let later = firings.schedule(on: scheduler, after: 10)
        let deadline = driver.now() + 0.03
        driver.run(until: deadline)
        #expect(driver.now() >= deadline)
        #expect(firings.count == 1)
        #expect(firings.allOnTime)
        #expect(later.state == .pending)
    }

    @Test func runDueRunsNothingEarlyAndThenWhatIsDue() {
        let driver = MonotonicDriver()
        let scheduler = Scheduler(driver: driver)
        let firings = Firings()
        let past = scheduler.callAt(scheduler.now() - 1) { firings.seen.append((0, 0)) }
        let future = firings.schedule(on: scheduler, after: 60)
        #expect(driver.nextWakeUp == past.when)
        #expect(driver.runDue())
        #expect(firings.count == 1)
        #expect(driver.nextWakeUp == future.when)
        #expect(!driver.runDue())
        #expect(firings.count == 1)
        future.cancel()
        #expect(driver.nextWakeUp == nil)
        #expect(!driver.runDue())
    }
}
