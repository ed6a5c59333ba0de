import Testing
import TimerTree

@Suite struct BranchTests {
    @Test func check7RescalingKeepsBranchTimeContinuous() {
        let (driver, trunk) = makeScheduler()
        let (manager, branched) = branch(trunk, scale: 2)
        var firedAt: Double?
        branched.callAt(1.0) { firedAt = trunk.now() }
        driver.advance(by: 0.25)
        #expect(branched.now() == 0.5)
        manager.changeScale(4)
        #expect(branched.now() == 0.5)
        #expect(driver.nextWakeUp == 0.375)
        driver.advance()
        #expect(firedAt == 0.375)
        #expect(manager.scale == 4)
    }

    @Test func scaleOneReadsTrunkTimeAndScaledBranchesStartAtZero() {
        let (driver, trunk) = makeScheduler(now: 100)
        let plain = branch(trunk).scheduler
        let fast = branch(trunk, scale: 3).scheduler
        #expect(plain.now() == 100)
        #expect(fast.now() == 0)
        driver.advance(by: 2)
        #expect(plain.now() == 102)
        #expect(fast.now() == 6)
    }

    @Test func pausingFreezesTimeAndUnpausingResumesWhereItStopped() {
        let (driver, trunk) = makeScheduler(now: 10)
        let (manager, branched) = branch(trunk)
        var firedAt: (branch: Double, trunk: Double)?
        branched.callAt(15) { firedAt = (branched.now(), trunk.now()) }
        driver.advance(by: 2)
        manager.pause()
        #expect(manager.isPaused)
        #expect(!driver.isScheduled)
        driver.advance(by: 100)
        #expect(branched.now() == 12)
        #expect(firedAt == nil)
        manager.unpause()
        #expect(!manager.isPaused)
        #expect(branched.now() == 12)
        driver.advance(by: 1)
        #expect(branched.now() == 13)
        #expect(driver.nextWakeUp == 115)
        driver.advance()
        #expect(firedAt?.branch == 15)
        #expect(firedAt?.trunk == 115)
    }

    @Test func pauseAndUnpauseAreIdempotent() {
        let (driver, trunk) = makeScheduler()
        let (manager, branched) = branch(trunk, scale: 2)
        driver.advance(by: 1)
        manager.pause()
        manager.pause()
        driver.advance(by: 1)
        manager.unpause()
        manager.unpause()
        driver.advance(by: 1)
        #expect(branched.now() == 4)
    }

    @Test func changingScaleWhilePausedAppliesFromUnpause() {
        let (driver, trunk) = makeScheduler()
        let (manager, branched) = branch(trunk, scale: 2)
        driver.advance(by: 1)
        manager.pause()
        manager.changeScale(10)
        driver.advance(by: 5)
        #expect(branched.now() == 2)
        manager.unpause()
        driver.advance(by: 1)
        #expect(branched.now() == 12)
    }

    @Test func aBranchHoldsOneTrunkCallForItsEarliestTimer() {
        let (driver, trunk) = makeScheduler()
        let branched = branch(trunk, scale: 2).scheduler
        for time in [8.0, 2.0, 6.0, 4.0] { branched.callAt(time) {} }
        #expect(trunk.pendingCount == 1)
        #expect(driver.nextWakeUp == 1.0)
        driver.advance()
        #expect(trunk.pendingCount == 1)
        #expect(driver.nextWakeUp == 2.0)
        while driver.advance() != nil {}
        #expect(trunk.pendingCount == 0)
        #expect(branched.pendingCount == 0)
    }

    @Test func nestedScalesMultiply() {
        let (driver, trunk) = makeScheduler()
        let outer = branch(trunk, scale: 3).scheduler
        let inner = branch(outer, scale: 2).scheduler
        var firedAt: Double?
        inner.callAt(12) { firedAt = trunk.now() }
        driver.advance(by: 1)
        #expect(outer.now() == 3)
        #expect(inner.now() == 6)
        driver.advance()
        #expect(firedAt == 2)
    }

    @Test func pausingAnAncestorFreezesEveryDescendant() {
        let (driver, trunk) = makeScheduler()
        let (outerManager, outer) = branch(trunk, scale: 3)
        let inner = branch(outer, scale: 2).scheduler
        var fired = false
        inner.callAt(12) { fired = true }
        driver.advance(by: 1)
        outerManager.pause()
        #expect(!driver.isScheduled)
        driver.advance(by: 50)
        #expect(inner.now() == 6)
        #expect(!fired)
        outerManager.unpause()
        driver.advance(by: 0.5)
        #expect(inner.now() == 9)
        driver.advance()
        #expect(fired)
        #expect(trunk.now() == 52)
    }

    @Test(arguments: [1.0 / 3, 0.1, 1.1, 3.0, 0.7, 1e-3])
    func roundingNeverFiresABranchTimerEarly(scale: Double) {
        var random = SeededGenerator(seed: 7)
        let (driver, trunk) = makeScheduler(now: 0.1)
        let (manager, outer) = branch(trunk, scale: scale)
        let inner = branch(outer, scale: 1 / scale + 0.01).scheduler
        var early = 0
        var fired = 0
        for index in 0..<2000 {
            let leaf = index.isMultiple(of: 2) ? outer : inner
            let when = Double.random(in: 0..<500, using: &random)
            leaf.callAt(when) {
                fired += 1
                if leaf.now() < when { early += 1 }
            }
            if index == 1000 {
                driver.advance(by: 7.3)
                manager.changeScale(scale * 1.7)
                driver.advance(by: 0.37)
                manager.pause()
                driver.advance(by: 1.1)
                manager.unpause()
            }
        }
        var guardrail = 0
        while driver.advance() != nil && guardrail < 100_000 { guardrail += 1 }
        #expect(fired == 2000)
        #expect(early == 0)
    }

    @Test func scaleZeroIsRejected() async {
        await #expect(processExitsWith: .failure) {
            let (_, trunk) = makeScheduler()
            _ = branch(trunk, scale: 0)
        }
        await #expect(processExitsWith: .failure) {
            let (_, trunk) = makeScheduler()
            branch(trunk, scale: 2).manager.changeScale(0)
        }
    }

    @Test func repetitionInAPausedBranchCatchesUpInOneCall() {
        let (driver, trunk) = makeScheduler()
        let (manager, branched) = branch(trunk, scale: 2)
        var steps: [Int] = []
        repeatedly(branched, rule: EverySeconds(1)) { count, _ in steps.append(count) }
        driver.advance(by: 1)
        manager.pause()
        driver.advance(by: 30)
        #expect(steps == [1, 2])
        manager.unpause()
        driver.advance(by: 2.25)
        #expect(steps == [1, 2, 4])
        #expect(branched.now() == 6.5)
    }

    @Test func droppingABranchCancelsItsTrunkCall() {
        let (driver, trunk) = makeScheduler()
        var fired = false
        do {
            let branched = branch(trunk, scale: 2).scheduler
            branched.callAt(4) { fired = true }
            #expect(trunk.pendingCount == 1)
        }
        #expect(trunk.pendingCount == 0)
        driver.advance(by: 10)
        #expect(!fired)
    }
}
