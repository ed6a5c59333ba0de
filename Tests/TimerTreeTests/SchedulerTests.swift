import Testing

@testable import TimerTree

@Suite struct SchedulerTests {
    @Test func check1RunsEachCallAtItsTime() {
        let (driver, scheduler) = makeScheduler()
        let log = Log()
        scheduler.callAt(1.0, log.record("a", scheduler))
        scheduler.callAt(0.5, log.record("b", scheduler))
        driver.advance(by: 0.3)
        #expect(log.names.isEmpty)
        driver.advance(by: 0.3)
        #expect(log.names == ["b"])
        driver.advance(by: 0.6)
        #expect(log.names == ["b", "a"])
    }

    @Test func check2EqualTimesRunInScheduleOrderSeeingTheWakeUpTime() {
        let (driver, scheduler) = makeScheduler()
        let log = Log()
        scheduler.callAt(1.0, log.record("A", scheduler))
        scheduler.callAt(1.0, log.record("B", scheduler))
        scheduler.callAt(1.0, log.record("C", scheduler))
        scheduler.callAt(0.5, log.record("E", scheduler))
        driver.advance(by: 1.0)
        #expect(log.names == ["E", "A", "B", "C"])
        #expect(log.times == [1.0, 1.0, 1.0, 1.0])
    }

    @Test func check3CallsScheduledFromCallbacksRunInTheSameWakeUp() {
        let (driver, scheduler) = makeScheduler()
        let log = Log()
        scheduler.callAt(1.0) {
            log.entries.append(("a", scheduler.now()))
            let now = scheduler.now()
            scheduler.callAt(now, log.record("B", scheduler))
            scheduler.callAt(now - 0.5, log.record("C", scheduler))
            scheduler.callAt(now + 1, log.record("D", scheduler))
        }
        driver.advance(by: 1.0)
        #expect(log.names == ["a", "C", "B"])
        #expect(driver.advance() == 1.0)
        #expect(log.names == ["a", "C", "B", "D"])
        #expect(log.entries.last?.now == 2.0)
        #expect(driver.now() == 2.0)
    }

    @Test func check4CancelledFirstCallNeverRuns() {
        let (driver, scheduler) = makeScheduler()
        let log = Log()
        let first = scheduler.callAt(1.0, log.record("1", scheduler))
        scheduler.callAt(3.0, log.record("3", scheduler))
        scheduler.callAt(2.0, log.record("2", scheduler))
        first.cancel()
        #expect(driver.nextWakeUp == 2.0)
        while driver.advance() != nil {}
        #expect(log.names == ["2", "3"])
        #expect(log.times == [2.0, 3.0])
        #expect(first.state == .cancelled)
    }

    @Test func callAtNeverRunsSynchronouslyEvenInThePast() {
        let (driver, scheduler) = makeScheduler(now: 5)
        var ran = false
        scheduler.callAt(1.0) { ran = true }
        #expect(!ran)
        #expect(driver.isScheduled)
        driver.advance(by: 0)
        #expect(ran)
        #expect(driver.now() == 5)
    }

    @Test func idsCountFromZeroPerScheduler() {
        let (_, scheduler) = makeScheduler()
        let calls = (0..<3).map { _ in scheduler.callAt(1) {} }
        #expect(calls.map(\.id) == [0, 1, 2])
        #expect(calls.map(\.when) == [1, 1, 1])
        let (_, other) = makeScheduler()
        #expect(other.callAt(1) {}.id == 0)
    }

    @Test func statesMoveFromPendingToCalledOrCancelled() {
        let (driver, scheduler) = makeScheduler()
        let ran = scheduler.callAt(1) {}
        let cancelled = scheduler.callAt(1) {}
        #expect(ran.state == .pending)
        cancelled.cancel()
        #expect(cancelled.state == .cancelled)
        driver.advance(by: 1)
        #expect(ran.state == .called)
        ran.cancel()
        #expect(ran.state == .called)
        cancelled.cancel()
        #expect(cancelled.state == .cancelled)
    }

    @Test func cancellingInsideABatchStopsALaterCallOfThatBatch() {
        let (driver, scheduler) = makeScheduler()
        var ranSecond = false
        var second: ScheduledCall<Double>?
        scheduler.callAt(1) { second?.cancel() }
        second = scheduler.callAt(1) { ranSecond = true }
        driver.advance(by: 1)
        #expect(!ranSecond)
        #expect(second?.state == .cancelled)
        #expect(!driver.isScheduled)
    }

    @Test func driverHoldsOneWakeUpForTheEarliestCallAfterEveryChange() {
        let (driver, scheduler) = makeScheduler()
        #expect(!driver.isScheduled)
        let late = scheduler.callAt(5) {}
        #expect(driver.nextWakeUp == 5)
        let early = scheduler.callAt(2) {}
        #expect(driver.nextWakeUp == 2)
        early.cancel()
        #expect(driver.nextWakeUp == 5)
        late.cancel()
        #expect(!driver.isScheduled)
        scheduler.callAt(3) { scheduler.callAt(7) {} }
        driver.advance(by: 3)
        #expect(driver.nextWakeUp == 7)
        #expect(driverInvariantHolds(driver, scheduler))
        driver.advance(by: 4)
        #expect(!driver.isScheduled)
        #expect(scheduler.pendingCount == 0)
    }

    @Test func handlesDropTheirClosuresOnceRunOrCancelled() {
        let (driver, scheduler) = makeScheduler()
        weak var ranPayload: Payload?
        weak var cancelledPayload: Payload?
        var handles: [ScheduledCall<Double>] = []
        do {
            let first = Payload()
            let second = Payload()
            ranPayload = first
            cancelledPayload = second
            handles.append(scheduler.callAt(1) { _ = first })
            handles.append(scheduler.callAt(1) { _ = second })
        }
        #expect(ranPayload != nil)
        handles[1].cancel()
        #expect(cancelledPayload == nil)
        #expect(ranPayload != nil)
        driver.advance(by: 1)
        #expect(ranPayload == nil)
        #expect(handles.map(\.state) == [.called, .cancelled])
    }

    @Test func handlesOutlivingTheirSchedulerAreCancelledAndInert() {
        var handle: ScheduledCall<Double>?
        weak var payload: Payload?
        do {
            let (_, scheduler) = makeScheduler()
            let captured = Payload()
            payload = captured
            handle = scheduler.callAt(1) { _ = captured }
        }
        #expect(handle?.state == .cancelled)
        #expect(payload == nil)
        handle?.cancel()
        #expect(handle?.state == .cancelled)
    }

    @Test func droppingASchedulerCancelsItsWorkAndClearsTheDriver() {
        let driver = MemoryDriver()
        var ran = false
        do {
            let scheduler = Scheduler(driver: driver)
            scheduler.callAt(1) { ran = true }
            #expect(driver.isScheduled)
        }
        #expect(!driver.isScheduled)
        driver.advance(by: 1)
        #expect(!ran)
    }
}
