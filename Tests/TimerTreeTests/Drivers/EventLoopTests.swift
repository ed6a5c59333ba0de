import Glibc
import Testing
import TimerTree

@Suite struct EventLoopTests {
    @Test func monotonicCallRunsOnceNotBeforeItsTimeAndRunReturnsWhenEmpty() throws {
        let loop = EventLoop()
        let driver = MonotonicDriver()
        try loop.add(driver)
        expectOneCallOnTime(on: driver, after: 0.02) { loop.run() }
    }

    @Test func wallClockCallRunsOnceNotBeforeItsTimeAndRunReturnsWhenEmpty() throws {
        let loop = EventLoop()
        let driver = WallClockDriver()
        try loop.add(driver)
        expectOneCallOnTime(on: driver, after: 0.03) { loop.run() }
    }

    @Test func stopFromACallbackEndsRun() throws {
        let (loop, _, scheduler) = try makeLoop(MonotonicSeconds.self)
        expectStopFromACallbackEndsRun(on: scheduler, stop: loop.stop, run: loop.run)
    }

    @Test func aReadablePipeWakesTheLoopAndRunsItsHandler() throws {
        let (loop, _, scheduler) = try makeLoop(MonotonicSeconds.self)
        let pipe = TestPipe()
        var received: [Int16] = []
        loop.watch(fd: pipe.readEnd) { events in
            received.append(events)
            pipe.drain()
            loop.stop()
        }
        let firings = Firings()
        // Nothing else is due after this call: only the pipe can wake the loop again.
        firings.schedule(on: scheduler, after: 0.02) { pipe.send() }
        loop.run()
        #expect(firings.count == 1)
        #expect(received == [Int16(POLLIN)])
    }

    @Test func anUnwatchedDescriptorNoLongerRunsItsHandler() {
        let loop = EventLoop()
        let pipe = TestPipe()
        var calls = 0
        loop.watch(fd: pipe.readEnd) { _ in calls += 1 }
        pipe.send()
        loop.unwatch(fd: pipe.readEnd)
        #expect(!loop.runOnce(timeout: 0))
        #expect(calls == 0)
        loop.watch(fd: pipe.readEnd) { _ in calls += 1 }
        #expect(loop.runOnce(timeout: 0))
        #expect(calls == 1)
    }

    @Test func twoDriversOnDifferentClocksShareOneLoop() throws {
        let loop = EventLoop()
        let monotonic = MonotonicDriver()
        let wall = WallClockDriver()
        try loop.add(monotonic)
        try loop.add(wall)
        try loop.add(wall)
        let durations = Scheduler(driver: monotonic)
        let deadlines = Scheduler(driver: wall)
        let onMonotonic = Firings()
        let onWall = Firings()
        onMonotonic.schedule(on: durations, after: 0.04)
        onWall.schedule(on: deadlines, after: 0.02)
        onMonotonic.schedule(on: durations, after: 0.02)
        loop.run()
        #expect(onMonotonic.count == 2)
        #expect(onWall.count == 1)
        #expect(onMonotonic.allOnTime && onWall.allOnTime)
    }

    @Test func aScaledBranchOfTheWallClockFiresItsTimer() throws {
        let (loop, _, trunk) = try makeLoop(EpochSeconds.self)
        let start = trunk.now()
        let (manager, branched) = branch(trunk, scale: 2)
        var seen: [(branch: Double, trunk: Double)] = []
        // Branch time 0.06 is 30 ms of wall time at ×2.
        let call = branched.callAt(0.06) { seen.append((branched.now(), trunk.now())) }
        loop.run()
        #expect(call.state == .called)
        #expect(seen.count == 1)
        #expect(seen.allSatisfy { $0.branch >= 0.06 && $0.trunk - start >= 0.03 })
        #expect(manager.scale == 2)
    }

    @Test func runOnceWithZeroTimeoutAndNothingDueRunsNothing() throws {
        let loop = EventLoop()
        #expect(!loop.runOnce(timeout: 0))
        let wall = WallClockDriver()
        let monotonic = MonotonicDriver()
        try loop.add(wall)
        try loop.add(monotonic)
        let pipe = TestPipe()
        var handled = 0
        loop.watch(fd: pipe.readEnd) { _ in handled += 1 }
        var jumps = 0
        loop.onClockJump = { jumps += 1 }
        let firings = Firings()
        let later = firings.schedule(on: Scheduler(driver: wall), after: 60)
        #expect(!loop.runOnce(timeout: 0))
        #expect(firings.count == 0 && handled == 0 && jumps == 0)
        #expect(later.state == .pending)
    }

    @Test func runOnceRunsAWakeUpThatIsAlreadyDue() throws {
        let (loop, _, scheduler) = try makeLoop(MonotonicSeconds.self)
        var ran = 0
        scheduler.callAt(scheduler.now() - 1) { ran += 1 }
        #expect(loop.runOnce(timeout: 0))
        #expect(ran == 1)
        #expect(!loop.runOnce(timeout: 0))
        #expect(ran == 1)
    }

    @Test func runReturnsAtOnceWhenNothingCanWakeIt() throws {
        let loop = EventLoop()
        let driver = WallClockDriver()
        try loop.add(driver)
        loop.run()
        let scheduler = Scheduler(driver: driver)
        let firings = Firings()
        let call = firings.schedule(on: scheduler, after: 60)
        loop.remove(driver)
        loop.run()
        #expect(firings.count == 0)
        #expect(call.state == .pending)
    }
}
