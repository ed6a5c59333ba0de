import OuroCore
import TimerTree

/// The work hours a fresh store starts with, so `make run` needs no set-up: Monday to
/// Friday, 09:00–17:00 in the local zone at the time the store is created.
///
/// The zone is recorded with the rule; the work-hour flags and `ouro hours` replace it.
enum DefaultWorkHours {
    /// Monday to Friday.
    static let weekdays: Set<Weekday> = [.monday, .tuesday, .wednesday, .thursday, .friday]
    /// 09:00.
    static let start = WallTime(hour: 9, minute: 0)!
    /// 17:00.
    static let end = WallTime(hour: 17, minute: 0)!

    /// Adds the default rule to a model that has none.
    static func add(
        to model: inout Nexus, zone: Zone, at time: Double, observer: NexusObserver
    ) throws {
        try model.addWorkHourRule(
            weekdays: weekdays, from: start, to: end, zone: zone, at: time, observer: observer)
    }
}
