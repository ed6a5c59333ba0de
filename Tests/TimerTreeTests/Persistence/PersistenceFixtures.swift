import TimerTree

/// One-shot test work: a reminder with a text.
struct Reminder: PersistableWork, Equatable {
    static var typeCode: String { "reminder" }
    var text: String
}

/// Repeating test work: a chime with a name.
struct Chime: PersistableWork, Equatable {
    static var typeCode: String { "chime" }
    var name: String
}

/// What ran: reminders with the time they saw, chimes with their steps.
final class WorkLog {
    var reminders: [(text: String, now: CivilTime)] = []
    var chimes: [(name: String, steps: [CivilTime], next: ScheduledCall<CivilTime>)] = []
}

/// A persistent scheduler in `name` at `start`, on a memory driver, that logs into `log`.
func makePersistent(
    _ name: String, at start: Double, log: WorkLog
) -> (driver: MemoryDriver, persistent: PersistentScheduler) {
    let driver = MemoryDriver(now: start)
    let scheduler = Scheduler(driver: CivilDriver(driver, zone: zone(name)))
    var registry = WorkRegistry()
    registry.register(Reminder.self) { reminder in
        log.reminders.append((reminder.text, scheduler.now()))
    }
    registry.registerRepeating(Chime.self) { chime, steps, next in
        log.chimes.append((chime.name, steps, next))
    }
    return (driver, PersistentScheduler(scheduler: scheduler, registry: registry))
}
