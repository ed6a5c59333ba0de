@testable import TimerTree

/// A small seeded generator (SplitMix64), so random tests are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A memory driver with a scheduler on it, the usual fixture.
func makeScheduler(now: Double = 0) -> (driver: MemoryDriver, scheduler: Scheduler<Double>) {
    let driver = MemoryDriver(now: now)
    return (driver, Scheduler(driver: driver))
}

/// Whether the driver holds exactly one wake-up, for the earliest pending call, or none.
func driverInvariantHolds(_ driver: MemoryDriver, _ scheduler: Scheduler<Double>) -> Bool {
    driver.nextWakeUp == scheduler.nextTime && driver.isScheduled == (scheduler.pendingCount > 0)
}

/// Records what ran, in order, with the scheduler time each callback saw.
final class Log {
    var entries: [(name: String, now: Double)] = []
    var names: [String] { entries.map(\.name) }
    var times: [Double] { entries.map(\.now) }

    func record(_ name: String, _ scheduler: Scheduler<Double>) -> () -> Void {
        { self.entries.append((name, scheduler.now())) }
    }
}

/// An object whose lifetime shows whether a closure still holds it.
final class Payload {}
