import Testing
import TimerTree

@Suite struct RecurrenceTests {
    @Test func check5EverySecondsCountsGridPointsAndFindsTheNextOne() {
        let rule = EverySeconds(5)
        #expect(rule.steps(from: 1, to: 15) == (3, 16))
        #expect(rule.steps(from: 0, to: 0) == (1, 5))
        #expect(rule.steps(from: 0, to: 4.999) == (1, 5))
        #expect(rule.steps(from: 0, to: 12.5) == (3, 15))
    }

    @Test func aFutureReferenceGivesNoStepsAndNextIsTheReference() {
        #expect(EverySeconds(5).steps(from: 20, to: 3) == (0, 20))
    }

    @Test func check6StepsArriveAggregatedPerWakeUp() {
        let (driver, scheduler) = makeScheduler()
        var calls: [(steps: Int, now: Double)] = []
        repeatedly(scheduler, rule: EverySeconds(1)) { steps, _ in
            calls.append((steps, scheduler.now()))
        }
        driver.advance(by: 3.5)
        driver.advance(by: 0.2)
        driver.advance()
        driver.advance(by: 6.0)
        #expect(calls.map(\.steps) == [1, 3, 1, 6])
        #expect(calls.map(\.now) == [0.0, 3.5, 4.0, 10.0])
    }

    @Test func workRunsSynchronouslyWithTheNextCallAlreadyArmed() {
        let (driver, scheduler) = makeScheduler(now: 2)
        var seen: (steps: Int, state: ScheduledState, when: Double, armed: Double?)?
        let first = repeatedly(scheduler, rule: EverySeconds(3)) { steps, next in
            seen = (steps, next.state, next.when, driver.nextWakeUp)
        }
        #expect(seen?.steps == 1)
        #expect(seen?.state == .pending)
        #expect(seen?.when == 5)
        #expect(seen?.armed == 5)
        #expect(first.when == 5)
    }

    @Test func aPastReferenceReportsTheMissedStepsAtOnce() {
        let (_, scheduler) = makeScheduler(now: 10)
        var steps: [Int] = []
        let next = repeatedly(scheduler, rule: EverySeconds(2), reference: 1) { count, _ in
            steps.append(count)
        }
        #expect(steps == [5])
        #expect(next.when == 11)
    }

    @Test func aFutureReferenceStartsWithZeroStepsAndFiresAtTheReference() {
        let (driver, scheduler) = makeScheduler()
        var calls: [(Int, Double)] = []
        repeatedly(scheduler, rule: EverySeconds(1), reference: 4) { steps, _ in
            calls.append((steps, scheduler.now()))
        }
        driver.advance()
        #expect(calls.map(\.0) == [0, 1])
        #expect(calls.map(\.1) == [0, 4])
    }

    @Test func cancellingTheHandedCallStopsTheRepetition() {
        let (driver, scheduler) = makeScheduler()
        var count = 0
        repeatedly(scheduler, rule: EverySeconds(1)) { _, next in
            count += 1
            if count == 3 { next.cancel() }
        }
        driver.advance(by: 100)
        for _ in 0..<10 { driver.advance(by: 1) }
        #expect(count == 3)
        #expect(!driver.isScheduled)
    }

    /// Repeats at 30 Hz from 0, lets `drive` move the driver, and counts work calls and steps.
    private func thirtyHertz(_ drive: (MemoryDriver) -> Void) -> (calls: Int, steps: Int) {
        let (driver, scheduler) = makeScheduler()
        var calls = 0
        var steps = 0
        repeatedly(scheduler, rule: EverySeconds(1.0 / 30)) { count, _ in
            calls += 1
            steps += count
        }
        withExtendedLifetime(scheduler) { drive(driver) }
        return (calls, steps)
    }

    @Test func thirtyHertzForSixtySecondsEventDrivenAccountsFor1801() {
        let counted = thirtyHertz { driver in
            while let next = driver.nextWakeUp, next <= 60 { driver.advance() }
        }
        #expect(counted.steps == 1801)
        #expect(counted.calls == 1801)
    }

    @Test func thirtyHertzForSixtySecondsWithCoarseWakeUpsAccountsFor1801() {
        let counted = thirtyHertz { driver in
            for _ in 0..<60 { driver.advance(by: 1) }
            #expect(driver.now() == 60)
        }
        #expect(counted.steps == 1801)
        #expect(counted.calls == 61)
    }

    @Test func stepsAreNeverLostAcrossIrregularWakeUps() {
        var random = SeededGenerator(seed: 30)
        let (driver, scheduler) = makeScheduler()
        var steps = 0
        repeatedly(scheduler, rule: EverySeconds(0.25)) { count, _ in steps += count }
        while driver.now() < 1000 {
            driver.advance(by: Double(Int.random(in: 0..<300, using: &random)) / 100)
        }
        // Grid points 0, 0.25, … ≤ now (0.25 is exact in binary, so no rounding at the edge).
        #expect(steps == Int((driver.now() / 0.25).rounded(.down)) + 1)
    }
}
