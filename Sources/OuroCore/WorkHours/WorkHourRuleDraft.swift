import TimerTree

/// A work-hour rule before the model numbers it: what `ouro hours set/add` and the work-hour
/// flags ask for.
///
/// ``Nexus/replaceWorkHourRules(with:at:observer:)`` takes the whole new set of drafts, so a
/// change of rules is one step the model can rebuild its sessions for.
public struct WorkHourRuleDraft: Sendable, Hashable {
    /// The weekdays on which a session starts.
    public var weekdays: Set<Weekday>
    /// The wall time sessions start at.
    public var start: WallTime
    /// The wall time sessions end at (at or before `start`: the next day).
    public var end: WallTime
    /// The IANA zone the wall times are read in.
    public var zoneIdentifier: String

    /// A draft read in `zoneIdentifier`.
    public init(weekdays: Set<Weekday>, start: WallTime, end: WallTime, zoneIdentifier: String) {
        self.weekdays = weekdays
        self.start = start
        self.end = end
        self.zoneIdentifier = zoneIdentifier
    }

    /// A draft read in `zone`.
    public init(weekdays: Set<Weekday>, start: WallTime, end: WallTime, zone: Zone) {
        self.init(weekdays: weekdays, start: start, end: end, zoneIdentifier: zone.identifier)
    }

    /// The draft of an existing rule (to keep it, or change its days or times).
    public init(_ rule: WorkHourRule) {
        self.init(
            weekdays: rule.weekdays, start: rule.start, end: rule.end,
            zoneIdentifier: rule.zoneIdentifier)
    }
}
