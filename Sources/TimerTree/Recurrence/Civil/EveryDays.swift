/// A civil rule for a wall time every `days` days: "daily at 09:00", "every other day at 18:30".
///
/// Steps are the list of occurrences that fell due (as Fritter's civil rules report them),
/// so work sees each occurrence's own date and reading, not only how many there were.
///
/// Policies:
/// - The wall time is resolved in the reference's zone on each day, so "daily at 09:00" stays
///   at 09:00 local across DST changes (the days between are 23, 24 or 25 hours long).
/// - A wall time that does not exist that day (clocks spring forward past it) moves forward
///   by the gap: 02:30 on a Los Angeles spring-forward day runs at 03:30 PDT.
/// - A wall time that happens twice (clocks fall back) runs once, at its first occurrence:
///   01:30 on a Los Angeles fall-back day runs at 01:30 PDT, not again at 01:30 PST.
/// - The grid of days starts at the first occurrence at or after the reference.
/// - A reference after the current time has no steps; next is the first occurrence at or
///   after the reference.
public struct EveryDays: RecurrenceRule, Hashable, Sendable {
    /// Days between occurrences, at least 1.
    public let days: Int
    /// The wall-clock reading each occurrence happens at.
    public let time: WallTime

    /// A rule for `time` every `days` days (1 for daily).
    public init(_ days: Int = 1, at time: WallTime) {
        precondition(days >= 1, "a rule repeats every 1 or more days")
        self.days = days
        self.time = time
    }

    /// The occurrences in `[reference, current]`, and the first one after `current`.
    public func steps(
        from reference: CivilTime, to current: CivilTime
    ) -> (steps: [CivilTime], next: CivilTime) {
        CivilOccurrences.steps(
            from: reference, to: current, at: time, candidate: { $0 },
            following: { $0.adding(days: days) })
    }
}
