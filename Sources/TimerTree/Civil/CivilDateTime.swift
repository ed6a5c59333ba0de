/// A date and a wall-clock reading (`2026-03-08 02:30`), not yet tied to a zone.
///
/// Like ``WallTime`` it names a reading, not an instant: ``Zone/instant(of:)`` resolves it,
/// with a policy for readings that do not exist or happen twice.
public struct CivilDateTime: Hashable, Comparable, Sendable, Codable {
    /// The calendar day.
    public var date: CivilDate
    /// The reading of the wall clock on that day.
    public var time: WallTime

    /// Pairs a date with a wall time.
    public init(date: CivilDate, time: WallTime) {
        self.date = date
        self.time = time
    }

    /// A date and time from its fields; nil when any field is out of range.
    public init?(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int = 0) {
        guard let date = CivilDate(year: year, month: month, day: day),
            let time = WallTime(hour: hour, minute: minute, second: second)
        else { return nil }
        self.init(date: date, time: time)
    }

    /// The reading `seconds` seconds after 1970-01-01 00:00:00 on a clock that never
    /// changes offset (what `gmtime` does); fractions of a second are dropped toward the past.
    init(secondsSinceEpoch seconds: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        date = CivilDate(daysSinceEpoch: days)
        time = WallTime(hour: rest / 3600, minute: rest / 60 % 60, second: rest % 60)!
    }

    /// Seconds from 1970-01-01 00:00:00 to this reading on a clock that never changes
    /// offset (what `timegm` does).
    var secondsSinceEpoch: Int { date.daysSinceEpoch * 86_400 + time.secondsSinceMidnight }

    /// Orders readings by date, then by wall time. This is not the order of the instants
    /// they resolve to on a fall-back day; compare ``CivilTime`` values for that.
    public static func < (lhs: CivilDateTime, rhs: CivilDateTime) -> Bool {
        (lhs.date, lhs.time) < (rhs.date, rhs.time)
    }
}
