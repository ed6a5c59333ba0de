/// A civil rule for a date and wall time every `years` years: "every 1 March at 09:00".
///
/// Steps are the list of occurrences that fell due, in order of their instants.
///
/// Policies:
/// - 29 February falls on 28 February in common years: the last day of February, so a
///   yearly reminder stays in its month and comes a day early rather than a day late. The
///   rule keeps its own month and day, so leap years get the 29th again.
/// - The wall time is resolved in the reference's zone; a reading that does not exist moves
///   forward by the gap, one that happens twice runs at its first occurrence.
/// - The grid of years starts at the first occurrence at or after the reference.
/// - A reference after the current time has no steps; next is the first occurrence at or
///   after the reference.
public struct EveryYears: RecurrenceRule, Hashable, Sendable {
    /// Years between occurrences, at least 1.
    public let years: Int
    /// The month of each occurrence, 1 to 12.
    public let month: Int
    /// The day of the month, 1 to the month's length in a leap year.
    public let day: Int
    /// The wall-clock reading each occurrence happens at.
    public let time: WallTime

    /// A rule for `month`/`day` at `time` every `years` years; the day may be 29 February.
    public init(_ years: Int = 1, month: Int, day: Int, at time: WallTime) {
        precondition(years >= 1, "a rule repeats every 1 or more years")
        precondition(
            CivilDate(year: 2000, month: month, day: day) != nil, "no such day of a year")
        self.years = years
        self.month = month
        self.day = day
        self.time = time
    }

    /// The occurrences in `[reference, current]`, and the first one after `current`.
    public func steps(
        from reference: CivilTime, to current: CivilTime
    ) -> (steps: [CivilTime], next: CivilTime) {
        CivilOccurrences.steps(
            from: reference, to: current, at: time,
            candidate: { date in
                let thisYear = self.date(in: date.year)
                return thisYear >= date ? thisYear : self.date(in: date.year + 1)
            },
            following: { self.date(in: $0.year + years) })
    }

    /// The rule's date in `year`: its month and day, or 28 February for 29 February in a
    /// common year.
    func date(in year: Int) -> CivilDate {
        CivilDate(year: year, month: month, day: day)
            ?? CivilDate(
                year: year, month: month, day: CivilDate.daysInMonth(year: year, month: month))!
    }
}
