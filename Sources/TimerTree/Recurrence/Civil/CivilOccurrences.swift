/// The walk shared by the civil rules: one wall time on a sequence of dates, resolved in the
/// reference's zone.
///
/// A rule describes its dates with two functions: `candidate` gives the first date on or after
/// a given date that the rule could fall on (ignoring the grid), and `following` gives the next
/// date of the grid after a date on it. The grid is anchored at the first candidate whose
/// occurrence is at or after the reference, so a reference that is itself an occurrence (as
/// `repeatedly` passes back) anchors the grid where it was.
enum CivilOccurrences {
    /// The occurrences in `[reference, current]` and the first one after `current`.
    ///
    /// Each occurrence is `time` on its date, resolved in `reference.zone` by
    /// ``Zone/instant(of:)``: a skipped reading moves forward by the gap, a repeated one is its
    /// first occurrence. Instants decide what is due, so `current` may be in any zone.
    ///
    /// Complexity: O(k) conversions for k occurrences due, plus O(1) to find the anchor.
    static func steps(
        from reference: CivilTime, to current: CivilTime, at time: WallTime,
        candidate: (CivilDate) -> CivilDate, following: (CivilDate) -> CivilDate
    ) -> (steps: [CivilTime], next: CivilTime) {
        let zone = reference.zone
        func occurrence(on date: CivilDate) -> CivilTime {
            CivilTime(CivilDateTime(date: date, time: time), in: zone)
        }
        var date = candidate(reference.civil.date)
        var next = occurrence(on: date)
        while next < reference {
            date = candidate(date.adding(days: 1))
            next = occurrence(on: date)
        }
        var steps: [CivilTime] = []
        while next <= current {
            steps.append(next)
            date = following(date)
            next = occurrence(on: date)
        }
        return (steps, next)
    }
}
