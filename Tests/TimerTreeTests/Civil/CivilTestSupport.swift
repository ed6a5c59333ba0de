import TimerTree

/// A wall time from literal fields known to be valid.
func wall(_ hour: Int, _ minute: Int, _ second: Int = 0) -> WallTime {
    WallTime(hour: hour, minute: minute, second: second)!
}

/// The civil time at which `name`'s clock reads the given fields.
func civilTime(
    _ name: String, _ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0
) -> CivilTime {
    CivilTime(civil(year, month, day, hour, minute), in: zone(name))
}

/// A memory driver under a civil driver in `name`, with a scheduler on top, starting at `start`.
func makeCivilScheduler(
    _ name: String, at start: CivilTime
) -> (driver: MemoryDriver, scheduler: Scheduler<CivilTime>) {
    let driver = MemoryDriver(now: start.instant)
    return (driver, Scheduler(driver: CivilDriver(driver, zone: zone(name))))
}

/// Every run of a repeating civil rule: the steps it got and the time it ran at.
final class StepLog {
    var runs: [(steps: [CivilTime], now: CivilTime)] = []
    /// Every step of every run, in order.
    var steps: [CivilTime] { runs.flatMap(\.steps) }
}

/// Runs `rule` with `repeatedly` from `start` on a memory driver, waking at each occurrence,
/// until the next wake-up would be after `end`.
func drive<Rule: RecurrenceRule<CivilTime>>(
    _ rule: Rule, in name: String, from start: CivilTime, until end: CivilTime
) -> StepLog where Rule.Steps == [CivilTime] {
    let (driver, scheduler) = makeCivilScheduler(name, at: start)
    let log = StepLog()
    repeatedly(scheduler, rule: rule) { steps, _ in log.runs.append((steps, scheduler.now())) }
    while let next = driver.nextWakeUp, next <= end.instant { driver.advance() }
    return log
}
