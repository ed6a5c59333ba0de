import Testing

@testable import TimerTree

@Suite struct CallHeapTests {
    @Test func sixtyFourRandomCallsWithTwentyCancelsRunFortyFourInOrder() {
        var random = SeededGenerator(seed: 64)
        let (driver, scheduler) = makeScheduler()
        var ran: [Double] = []
        let calls = (0..<64).map { _ in
            let time = Double.random(in: 0..<100, using: &random)
            return scheduler.callAt(time) { ran.append(time) }
        }
        for call in calls.shuffled(using: &random).prefix(20) { call.cancel() }
        while driver.advance() != nil {}
        #expect(ran.count == 44)
        #expect(zip(ran, ran.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(calls.filter { $0.state == .cancelled }.count == 20)
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func randomScheduleCancelAndRunKeepsOrderAndTheDriverInvariant(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let (driver, scheduler) = makeScheduler()
        var pending: [ScheduledCall<Double>] = []
        var ran: [(advance: Int, when: Double, id: Int)] = []
        var advances = 0
        var violations = 0
        for _ in 0..<3000 {
            switch Int.random(in: 0..<10, using: &random) {
            case 0..<5:
                // Times on a coarse grid, so equal times (ordered by id) are common.
                let when = driver.now() + Double(Int.random(in: -3..<40, using: &random)) / 4
                var call: ScheduledCall<Double>!
                call = scheduler.callAt(when) {
                    if scheduler.now() < call.when { violations += 1 }
                    ran.append((advances, call.when, call.id))
                }
                pending.append(call)
            case 5..<8:
                if !pending.isEmpty {
                    pending.remove(at: Int.random(in: 0..<pending.count, using: &random)).cancel()
                }
            default:
                advances += 1
                driver.advance(by: Double(Int.random(in: 0..<8, using: &random)) / 4)
                pending.removeAll { $0.state != .pending }
                #expect(driver.nextWakeUp.map { $0 > driver.now() } ?? true)
            }
            #expect(driverInvariantHolds(driver, scheduler))
            #expect(driver.nextWakeUp == pending.map(\.when).min())
        }
        while driver.isScheduled {
            advances += 1
            driver.advance()
        }
        #expect(violations == 0)
        #expect(!ran.isEmpty)
        #expect(pending.allSatisfy { $0.state == .called })
        // Across advances `when` may go down (a past time runs on the next wake-up); within
        // one advance, nothing here schedules from a callback, so (when, id) strictly rises.
        let inOrder = zip(ran, ran.dropFirst()).allSatisfy { earlier, later in
            earlier.advance != later.advance || earlier.when < later.when
                || (earlier.when == later.when && earlier.id < later.id)
        }
        #expect(inOrder)
    }

    @Test func heapStaysValidUnderArbitraryRemoval() {
        var random = SeededGenerator(seed: 99)
        let (_, scheduler) = makeScheduler()
        let heap = CallHeap<Double>()
        var held = (0..<500).map { index in
            ScheduledCall(
                id: index, when: Double(Int.random(in: 0..<50, using: &random)),
                scheduler: scheduler, work: {})
        }
        for call in held { heap.insert(call) }
        #expect(heap.isValid)
        held.shuffle(using: &random)
        for call in held.prefix(250) {
            heap.remove(call)
            #expect(heap.isValid)
        }
        var popped: [ScheduledCall<Double>] = []
        while let call = heap.removeFirst() { popped.append(call) }
        #expect(popped.count == 250)
        #expect(zip(popped, popped.dropFirst()).allSatisfy { $0.runsBefore($1) })
    }

    @Test func inOrderCallsTakeTheSortedRunAndStillCancelAnywhere() {
        let (_, scheduler) = makeScheduler()
        let heap = CallHeap<Double>()
        let calls = (0..<100).map { index in
            ScheduledCall(id: index, when: Double(index / 3), scheduler: scheduler, work: {})
        }
        for call in calls { heap.insert(call) }
        #expect(calls.allSatisfy { $0.heapIndex == CallHeap<Double>.inRun })
        // A call earlier than the run's tail goes to the heap and still comes out first.
        let early = ScheduledCall(id: 100, when: -1, scheduler: scheduler, work: {})
        heap.insert(early)
        #expect(early.heapIndex == 0)
        for index in [0, 1, 50, 99, 2] { heap.remove(calls[index]) }
        #expect(heap.isValid)
        #expect(heap.count == 96)
        #expect(heap.first === early)
        var popped: [Int] = []
        while let call = heap.removeFirst() { popped.append(call.id) }
        #expect(popped == [100] + (3..<99).filter { $0 != 50 })
        #expect(heap.count == 0)
    }

    @Test func aCustomQueueIsUsedAndOrderIsStillByWhenThenID() {
        let queue = SortedArrayQueue()
        let driver = MemoryDriver()
        let scheduler = Scheduler(driver: driver, queue: queue)
        let log = Log()
        scheduler.callAt(2, log.record("late", scheduler))
        let cancelled = scheduler.callAt(1, log.record("cancelled", scheduler))
        scheduler.callAt(1, log.record("early", scheduler))
        #expect(queue.count == 3)
        cancelled.cancel()
        #expect(queue.count == 2)
        #expect(driver.nextWakeUp == 1)
        driver.advance(by: 5)
        #expect(log.names == ["early", "late"])
        #expect(queue.inserts == 3)
    }
}

/// A deliberately simple queue, to show the seam works with any structure.
final class SortedArrayQueue: TimerQueue {
    var calls: [ScheduledCall<Double>] = []
    var inserts = 0
    var count: Int { calls.count }
    var first: ScheduledCall<Double>? { calls.first }

    func insert(_ call: ScheduledCall<Double>) {
        inserts += 1
        calls.insert(call, at: calls.firstIndex { call.runsBefore($0) } ?? calls.count)
    }

    func removeFirst() -> ScheduledCall<Double>? {
        calls.isEmpty ? nil : calls.removeFirst()
    }

    func remove(_ call: ScheduledCall<Double>) {
        calls.removeAll { $0 === call }
    }
}
