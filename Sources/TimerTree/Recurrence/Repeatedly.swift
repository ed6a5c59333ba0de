/// Repeats `work` on `rule`, starting now: runs it at once, then whenever occurrences fall due.
///
/// `work` runs synchronously before this returns, with the steps from `reference` (default:
/// now) to now. Each time, the next call is armed *before* `work` runs and is passed to it, so
/// `work` stops the repetition by cancelling that handle. Occurrences missed between wake-ups
/// arrive together in one call's steps: a 30 Hz rule driven for 60 s accounts for 1801
/// occurrences whether it was woken 1801 times or 61 times.
///
/// Returns the first armed call (the one passed to the first `work`).
@inlinable
@discardableResult
public func repeatedly<Rule: RecurrenceRule>(
    _ scheduler: Scheduler<Rule.Time>,
    rule: Rule,
    reference: Rule.Time? = nil,
    _ work: @escaping (Rule.Steps, ScheduledCall<Rule.Time>) -> Void
) -> ScheduledCall<Rule.Time> {
    let repetition = Repetition(
        scheduler: scheduler, rule: rule, reference: reference ?? scheduler.now(), work: work)
    return repetition.occur()
}

/// The state of one repetition: the reference its rule counts from next.
@usableFromInline
final class Repetition<Rule: RecurrenceRule> {
    /// Unmanaged: the repetition runs only from its pending call, which lives in this
    /// scheduler's queue, and a scheduler's `deinit` cancels that call (dropping the
    /// repetition with it). A strong reference would be a cycle through the queue; an
    /// `unowned(unsafe)` one still costs a retain and a release on every use.
    @usableFromInline let scheduler: Unmanaged<Scheduler<Rule.Time>>
    @usableFromInline let rule: Rule
    @exclusivity(unchecked) @usableFromInline var reference: Rule.Time
    @usableFromInline let work: (Rule.Steps, ScheduledCall<Rule.Time>) -> Void

    @inlinable
    init(
        scheduler: Scheduler<Rule.Time>, rule: Rule, reference: Rule.Time,
        work: @escaping (Rule.Steps, ScheduledCall<Rule.Time>) -> Void
    ) {
        self.scheduler = .passUnretained(scheduler)
        self.rule = rule
        self.reference = reference
        self.work = work
    }

    /// Reports the steps due now, after arming the call for the next occurrence.
    @inlinable
    func occur() -> ScheduledCall<Rule.Time> {
        scheduler._withUnsafeGuaranteedRef { scheduler in
            let (steps, next) = rule.steps(from: reference, to: scheduler.now())
            reference = next
            let call = scheduler.callAt(next) { _ = self.occur() }
            work(steps, call)
            return call
        }
    }
}
