/// One piece of persistent work a ``PersistentScheduler`` tracks: its data, its rule if it
/// repeats, and the call pending for it now.
final class PersistentEntry {
    /// The work's data, saved with its type code.
    let work: any PersistableWork
    /// The rule of repeating work; nil for a one-shot call.
    let rule: (any PersistableRule)?
    /// The call pending for the work: for repeating work, the latest armed call, whose `when`
    /// is the next reference.
    var call: ScheduledCall<CivilTime>?

    init(work: any PersistableWork, rule: (any PersistableRule)?) {
        self.work = work
        self.rule = rule
    }

    /// Whether the work still has a call waiting; entries that ran out or were cancelled are
    /// neither saved nor kept.
    var isPending: Bool { call?.state == .pending }

    /// Starts the repetition on `scheduler` from `reference`: runs `handler` now with the
    /// steps due, and then whenever occurrences fall due, keeping ``call`` on the armed call.
    ///
    /// Returns the first armed call.
    func startRepeating(
        on scheduler: Scheduler<CivilTime>, reference: CivilTime,
        _ handler: WorkRegistry.Repeating
    ) -> ScheduledCall<CivilTime> {
        repeatOn(rule!, scheduler, reference, handler)
    }

    /// ``startRepeating(on:reference:_:)`` with the rule's type opened.
    private func repeatOn<Rule: PersistableRule>(
        _ rule: Rule, _ scheduler: Scheduler<CivilTime>, _ reference: CivilTime,
        _ handler: WorkRegistry.Repeating
    ) -> ScheduledCall<CivilTime> {
        repeatedly(scheduler, rule: rule, reference: reference) { steps, next in
            self.call = next
            handler.run(self.work, steps, next)
        }
    }
}
