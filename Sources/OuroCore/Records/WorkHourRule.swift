import TimerTree

/// A recurring span of work hours: on these weekdays, from a wall time to a wall time, in a zone.
///
/// An end earlier than (or equal to) the start runs overnight and ends the next day.
public struct WorkHourRule: IdentifiedRecord, Codable, Sendable, Hashable {
    /// Its id.
    public var id: Int
    /// The weekdays on which a session starts.
    public var weekdays: Set<Weekday>
    /// The wall time sessions start at.
    public var start: WallTime
    /// The wall time sessions end at.
    public var end: WallTime
    /// The IANA zone the wall times are read in (`America/Los_Angeles`).
    public var zoneIdentifier: String

    /// A work-hour rule.
    public init(
        id: Int, weekdays: Set<Weekday>, start: WallTime, end: WallTime, zoneIdentifier: String
    ) {
        self.id = id
        self.weekdays = weekdays
        self.start = start
        self.end = end
        self.zoneIdentifier = zoneIdentifier
    }

    /// Whether sessions end on the day after they start.
    public var isOvernight: Bool { end <= start }
}
