import TimerTree

extension WorkHourRule {
    /// The session this rule gives on `date` (if the date's weekday is one of its days): wall
    /// times resolved in `zone`, a skipped start shifted forward by the gap, a repeated one
    /// taken at its first occurrence; an overnight rule ends on the next day.
    func span(on date: CivilDate, in zone: Zone) -> (start: Double, end: Double)? {
        guard weekdays.contains(date.weekday) else { return nil }
        let start = zone.instant(of: CivilDateTime(date: date, time: self.start))
        let endDate = isOvernight ? date.adding(days: 1) : date
        let end = zone.instant(of: CivilDateTime(date: endDate, time: self.end))
        return end > start ? (start, end) : nil
    }

    /// The sessions whose start lies in `(after, through]` (or `[after, through]` when
    /// `includingLower`), in time order.
    ///
    /// - Complexity: O(days spanned): one or two conversions per matching day.
    func spans(
        after lower: Double, through upper: Double, includingLower: Bool = false, in zone: Zone
    ) -> [(start: Double, end: Double)] {
        guard lower <= upper else { return [] }
        // A start can be shifted past midnight by a gap, so look one day either side.
        var date = zone.civil(at: lower).date.adding(days: -1)
        let last = zone.civil(at: upper).date.adding(days: 1)
        var result: [(start: Double, end: Double)] = []
        while date <= last {
            if let span = span(on: date, in: zone),
                span.start > lower || (includingLower && span.start == lower),
                span.start <= upper
            {
                result.append(span)
            }
            date = date.adding(days: 1)
        }
        return result
    }

    /// The zone its wall times are read in; nil when the system no longer knows the name.
    var zone: Zone? { try? Zone(identifier: zoneIdentifier) }
}
