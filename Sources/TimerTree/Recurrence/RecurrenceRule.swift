/// When repeating work falls due: the occurrences between two times, and the next one after.
///
/// Rules make repetition frame-rate independent: however late or rarely the scheduler wakes,
/// the rule reports every occurrence that fell due since the reference, in one value.
public protocol RecurrenceRule<Time> {
    /// The time the rule counts in (seconds, a civil time, …).
    associatedtype Time: Comparable
    /// How the occurrences that fell due are reported (a count, a list of times, …).
    associatedtype Steps

    /// The occurrences in `[reference, current]`, and the first occurrence after `current`.
    ///
    /// A `reference` after `current` has no occurrences due, and `next` is `reference`.
    func steps(from reference: Time, to current: Time) -> (steps: Steps, next: Time)
}
