import TimerTree

/// One local calendar day as the instants it spans: `[start, end)`, 23 to 25 hours long
/// across DST changes.
struct DayWindow: Hashable, Sendable {
    /// The day.
    var date: CivilDate
    /// Its first instant (local midnight).
    var start: Double
    /// The first instant of the next day.
    var end: Double

    /// The day `date` in `zone`.
    init(date: CivilDate, zone: Zone) {
        let midnight = WallTime(hour: 0, minute: 0)!
        self.date = date
        start = zone.instant(of: CivilDateTime(date: date, time: midnight))
        end = zone.instant(of: CivilDateTime(date: date.adding(days: 1), time: midnight))
    }

    /// The last instant scores and listings include: just before the next day.
    var last: Double { end.nextDown }
}
