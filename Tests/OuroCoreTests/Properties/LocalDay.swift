import TimerTree

/// One local calendar day as the instants it spans, as `ouro status` and `ouro score` read
/// "today" (`DayWindow` in the executable): midnight to just before the next midnight, 23 to
/// 25 hours long across DST changes.
struct LocalDay: Sendable, Hashable {
    /// The day.
    var date: CivilDate
    /// Its first instant (local midnight).
    var start: Double
    /// Its last instant: just before the next day's midnight.
    var last: Double

    /// The day `date` in `zone`.
    init(date: CivilDate, zone: Zone) {
        let midnight = WallTime(hour: 0, minute: 0)!
        self.date = date
        start = zone.instant(of: CivilDateTime(date: date, time: midnight))
        last = zone.instant(of: CivilDateTime(date: date.adding(days: 1), time: midnight)).nextDown
    }

    /// The day containing `instant` in `zone`.
    init(containing instant: Double, zone: Zone) {
        self.init(date: zone.civil(at: instant).date, zone: zone)
    }

    /// Whether `instant` falls on this day.
    func contains(_ instant: Double) -> Bool { start <= instant && instant <= last }

    /// `2026-03-08`.
    var text: String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(date.year)-\(two(date.month))-\(two(date.day))"
    }
}
