/// A civil rule for a wall time on some days of every week: "Mon, Wed, Fri at 15:10".
///
/// Steps are the list of occurrences that fell due, in order of their instants.
///
/// Policies:
/// - Weekdays are those of the calendar in the reference's zone, and the wall time is
///   resolved in that zone on each day, so it stays at the same local reading across DST.
/// - A wall time that does not exist that day moves forward by the gap (02:30 on a Berlin
///   spring-forward Sunday runs at 03:30 CEST); one that happens twice runs once, at its
///   first occurrence.
/// - A reference after the current time has no steps; next is the first occurrence at or
///   after the reference.
public struct Weekly: RecurrenceRule, Hashable, Sendable {
    /// The days of the week the rule falls on; never empty.
    public let weekdays: Set<Weekday>
    /// The wall-clock reading each occurrence happens at.
    public let time: WallTime

    /// A rule for `time` on each of `weekdays`, which must not be empty.
    public init(on weekdays: Set<Weekday>, at time: WallTime) {
        precondition(!weekdays.isEmpty, "a weekly rule needs at least one weekday")
        self.weekdays = weekdays
        self.time = time
    }

    /// The occurrences in `[reference, current]`, and the first one after `current`.
    public func steps(
        from reference: CivilTime, to current: CivilTime
    ) -> (steps: [CivilTime], next: CivilTime) {
        CivilOccurrences.steps(
            from: reference, to: current, at: time, candidate: firstDay(onOrAfter:),
            following: { firstDay(onOrAfter: $0.adding(days: 1)) })
    }

    /// The first date on or after `date` whose weekday is one of ``weekdays``.
    private func firstDay(onOrAfter date: CivilDate) -> CivilDate {
        var day = date
        while !weekdays.contains(day.weekday) { day = day.adding(days: 1) }
        return day
    }
}
