import TimerTree

extension WorkHourRule {
    /// The session this rule gives on `date` (if the date's weekday is one of its days): wall
    /// times resolved in `zone`, a skipped start shifted forward by the gap, a repeated one
    /// taken at its first occurrence; an overnight rule ends on the next day. A span lying
    /// wholly in a spring-forward gap (both wall times skipped) gives no session.
    func span(on date: CivilDate, in zone: Zone) -> (start: Double, end: Double)? {
        guard weekdays.contains(date.weekday) else { return nil }
        let startReading = CivilDateTime(date: date, time: self.start)
        let start = zone.instant(of: startReading)
        let endDate = isOvernight ? date.adding(days: 1) : date
        let endReading = CivilDateTime(date: endDate, time: self.end)
        let end = zone.instant(of: endReading)
        // A skipped reading comes back from the round trip as a different wall time.
        if !isOvernight, zone.civil(at: start) != startReading, zone.civil(at: end) != endReading {
            return nil
        }
        return end > start ? (start, end) : nil
    }

    /// The sessions `rules` give whose start lies in `(lower, upper]` (or `[lower, upper]`
    /// when `includingLower`), in time order, with spans that overlap merged into one
    /// (touching spans stay apart). Lengths are not limited here; see ``Nexus`` for the
    /// 24-hour limit.
    ///
    /// - Complexity: O(rules × days spanned), plus a sort of the spans found.
    static func sessionSpans(
        of rules: [WorkHourRule], after lower: Double, through upper: Double,
        includingLower: Bool = false
    ) -> [SessionSpan] {
        guard lower <= upper else { return [] }
        func inRange(_ start: Double) -> Bool {
            (start > lower || (includingLower && start == lower)) && start <= upper
        }
        // A merged span starts where one of its rules' spans starts: most calls (a second's
        // advance) find none and stop here.
        let zones = rules.map(\.zone)
        var found = false
        for (rule, zone) in zip(rules, zones) {
            guard let zone else { continue }
            if !rule.spans(
                after: lower, through: upper, includingLower: includingLower, in: zone
            ).isEmpty {
                found = true
                break
            }
        }
        guard found else { return [] }
        // Spans that merge with one starting in range start at most two days away from it.
        return mergedSpans(of: rules, after: lower - 2 * 86_400, through: upper + 2 * 86_400)
            .filter { inRange($0.start) }
    }

    /// Every span `rules` give with a start in `(lower, upper]`, overlapping spans merged:
    /// the first and last may be cut short by the window (a chain of overlaps running past
    /// it is at least as long as the part found).
    ///
    /// - Complexity: O(rules × days spanned), plus a sort of the spans found.
    static func mergedSpans(
        of rules: [WorkHourRule], after lower: Double, through upper: Double
    ) -> [SessionSpan] {
        var raw: [SessionSpan] = []
        for rule in rules {
            guard let zone = rule.zone else { continue }
            for span in rule.spans(after: lower, through: upper, in: zone) {
                raw.append(SessionSpan(start: span.start, end: span.end, ruleID: rule.id))
            }
        }
        raw.sort { ($0.start, $0.end, $0.ruleID) < ($1.start, $1.end, $1.ruleID) }
        var merged: [SessionSpan] = []
        for span in raw {
            if var last = merged.last, span.start < last.end {
                last.end = max(last.end, span.end)
                last.ruleID = min(last.ruleID, span.ruleID)
                merged[merged.count - 1] = last
            } else {
                merged.append(span)
            }
        }
        return merged
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
