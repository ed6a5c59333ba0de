/// A time of day on a wall clock, independent of date and zone (`09:00`, `17:30:15`).
///
/// A wall time names a reading of a clock, not an instant: on days when a zone changes its
/// offset a wall time may happen twice or not at all, so resolving one to an instant always
/// goes through a zone and a policy.
public struct WallTime: Hashable, Comparable, Sendable, Codable {
    /// The hour, 0 to 23.
    public var hour: Int
    /// The minute, 0 to 59.
    public var minute: Int
    /// The second, 0 to 59.
    public var second: Int

    /// A wall time; returns nil when a component is out of range.
    public init?(hour: Int, minute: Int, second: Int = 0) {
        guard (0..<24).contains(hour), (0..<60).contains(minute), (0..<60).contains(second)
        else { return nil }
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// Seconds since midnight on the wall clock.
    public var secondsSinceMidnight: Int { hour * 3600 + minute * 60 + second }

    /// Orders wall times from midnight.
    public static func < (lhs: WallTime, rhs: WallTime) -> Bool {
        lhs.secondsSinceMidnight < rhs.secondsSinceMidnight
    }
}
