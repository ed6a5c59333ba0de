import Glibc
import Testing
import TimerTree

/// What one scheduled call saw when it ran: the scheduler's time and its own `when`.
final class Firings {
    var seen: [(now: Double, when: Double)] = []

    var count: Int { seen.count }
    /// Whether every call ran at or after its time.
    var allOnTime: Bool { seen.allSatisfy { $0.now >= $0.when } }

    /// Schedules a call `delay` seconds after the scheduler's now that records what it saw.
    @discardableResult
    func schedule(
        on scheduler: Scheduler<Double>, after delay: Double, then work: @escaping () -> Void = {}
    ) -> ScheduledCall<Double> {
        let when = scheduler.now() + delay
        return scheduler.callAt(when) {
            self.seen.append((scheduler.now(), when))
            work()
        }
    }
}

/// A non-blocking pipe, closed when dropped.
final class TestPipe {
    let readEnd: Int32
    let writeEnd: Int32

    init() {
        var ends: [Int32] = [0, 0]
        precondition(pipe(&ends) == 0)
        for end in ends { _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK) }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        close(readEnd)
        close(writeEnd)
    }

    func send() {
        var byte: UInt8 = 1
        precondition(write(writeEnd, &byte, 1) == 1)
    }

    /// Reads what is waiting; the number of bytes.
    @discardableResult
    func drain() -> Int {
        var buffer = [UInt8](repeating: 0, count: 64)
        return max(0, read(readEnd, &buffer, buffer.count))
    }
}

/// A loop driving a fresh driver on `Clock`, with a scheduler on that driver.
func makeLoop<Clock: SystemClock>(
    _ clock: Clock.Type
) throws -> (loop: EventLoop, driver: RealTimeDriver<Clock>, scheduler: Scheduler<Double>) {
    let loop = EventLoop()
    let driver = RealTimeDriver<Clock>()
    try loop.add(driver)
    return (loop, driver, Scheduler(driver: driver))
}

/// Schedules one call `delay` seconds ahead on `driver`, lets `run` sleep until the queue is
/// empty, and checks the call ran exactly once, not before its time.
func expectOneCallOnTime<Clock: SystemClock>(
    on driver: RealTimeDriver<Clock>, after delay: Double, run: () -> Void
) {
    let scheduler = Scheduler(driver: driver)
    let firings = Firings()
    let call = firings.schedule(on: scheduler, after: delay)
    run()
    #expect(firings.count == 1)
    #expect(firings.allOnTime)
    #expect(driver.now() >= call.when)
    #expect(call.state == .called)
    #expect(driver.nextWakeUp == nil)
}

/// Schedules a call that calls `stop` and a later one on `scheduler`, lets `run` sleep, and
/// checks that only the first ran; returns the later call, still pending.
@discardableResult
func expectStopFromACallbackEndsRun(
    on scheduler: Scheduler<Double>, stop: @escaping () -> Void, run: () -> Void
) -> ScheduledCall<Double> {
    let firings = Firings()
    firings.schedule(on: scheduler, after: 0.02, then: stop)
    let later = firings.schedule(on: scheduler, after: 60)
    run()
    #expect(firings.count == 1)
    #expect(later.state == .pending)
    return later
}
