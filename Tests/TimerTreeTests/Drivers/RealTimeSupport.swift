import Glibc
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
