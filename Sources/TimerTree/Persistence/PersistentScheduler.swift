#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A civil scheduler whose work survives the program: pending calls save to JSON and load back.
///
/// Work scheduled through this type is a ``PersistableWork`` value whose type is registered in
/// ``registry``; ``save()`` writes every pending call — its time as wall reading, zone and
/// instant, its work's type code and data, and for repeating work the rule's type code, data
/// and next reference — and ``load(_:)`` re-arms them on ``scheduler``. Work scheduled on
/// ``scheduler`` directly is not saved.
///
/// After a downtime, calls that fell due while the program was not running fire on the first
/// wake-up after loading, in their order; repeating work gets every occurrence it missed in
/// one call on that wake-up, then repeats as before. Loaded times follow tz database updates
/// (see ``SavedTime``): a saved 09:00 in Berlin is 09:00 under the rules in force at load.
public final class PersistentScheduler {
    /// The scheduler the work runs on.
    public let scheduler: Scheduler<CivilTime>
    /// The work and rule types this scheduler can save and load.
    public let registry: WorkRegistry
    /// Every piece of work scheduled or loaded here, pruned of finished ones now and then.
    private var entries: [PersistentEntry] = []
    /// The entry count at which finished entries are pruned next.
    private var pruneAt = 64

    /// Persistent work on `scheduler`, of the types in `registry`.
    public init(scheduler: Scheduler<CivilTime>, registry: WorkRegistry) {
        self.scheduler = scheduler
        self.registry = registry
    }

    /// The pending calls of persistent work, in the order they run.
    public var pendingCalls: [ScheduledCall<CivilTime>] {
        entries.compactMap { $0.isPending ? $0.call : nil }.sorted { $0.runsBefore($1) }
    }

    /// Schedules `work` to run at `time`, as ``Scheduler/callAt(_:_:)`` does, and saved until it
    /// runs or is cancelled.
    ///
    /// - Throws: ``PersistenceError/unknownWorkType(_:repeating:)`` when `Work` is not
    ///   registered for one-shot calls (it could not be loaded back).
    @discardableResult
    public func callAt<Work: PersistableWork>(
        _ time: CivilTime, _ work: Work
    ) throws(PersistenceError) -> ScheduledCall<CivilTime> {
        arm(at: time, work, try registry.oneShot(Work.typeCode))
    }

    /// Repeats `work` on `rule` from `reference` (default: now), as `repeatedly` does: the
    /// registered closure runs at once with the steps due, then whenever occurrences fall due.
    ///
    /// Returns the first armed call.
    /// - Throws: ``PersistenceError`` when `Work` is not registered for repeating work or
    ///   `Rule` is not registered.
    @discardableResult
    public func repeatedly<Rule: PersistableRule, Work: PersistableWork>(
        rule: Rule, reference: CivilTime? = nil, _ work: Work
    ) throws(PersistenceError) -> ScheduledCall<CivilTime> {
        let handler = try registry.repeating(Work.typeCode)
        _ = try registry.rule(Rule.typeCode)
        let entry = PersistentEntry(work: work, rule: rule)
        keep(entry)
        return entry.startRepeating(
            on: scheduler, reference: reference ?? scheduler.now(), handler)
    }

    /// The pending calls as JSON, in the order they run (keys sorted, so equal schedules save
    /// alike).
    ///
    /// - Throws: whatever a work value's `encode(to:)` throws.
    public func save() throws -> String {
        prune()
        let calls = entries.filter(\.isPending)
            .sorted { $0.call!.runsBefore($1.call!) }
            .map { SavedCall(time: SavedTime($0.call!.when), work: $0.work, rule: $0.rule) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(SavedSchedule(calls: calls)), as: UTF8.self)
    }

    /// Re-arms the calls saved in `json` on ``scheduler``, beside any work already here.
    ///
    /// Nothing runs before this returns. One-shot calls are armed at their saved times, past
    /// ones to run on the next wake-up; repeating work is armed at its next reference and, when
    /// that comes (at once, if it passed while the program was not running), gets all the
    /// steps from there to the wake-up in one call. Loading is all or nothing: a document that
    /// does not decode arms no call.
    ///
    /// Returns the armed calls, in the order they run.
    /// - Throws: ``PersistenceError`` naming an unknown work or rule type code or an unknown
    ///   format version; `DecodingError` for a document that is not a saved schedule.
    @discardableResult
    public func load(_ json: String) throws -> [ScheduledCall<CivilTime>] {
        let saved = try JSONDecoder().decode(
            SavedSchedule.self, from: Data(json.utf8), configuration: registry)
        var calls: [ScheduledCall<CivilTime>] = []
        for savedCall in saved.calls {
            let time = savedCall.time.resolved
            let code = type(of: savedCall.work).typeCode
            guard savedCall.rule != nil else {
                calls.append(arm(at: time, savedCall.work, try registry.oneShot(code)))
                continue
            }
            let handler = try registry.repeating(code)
            let entry = PersistentEntry(work: savedCall.work, rule: savedCall.rule)
            let call = scheduler.callAt(time) { [unowned scheduler] in
                _ = entry.startRepeating(on: scheduler, reference: time, handler)
            }
            entry.call = call
            keep(entry)
            calls.append(call)
        }
        return calls
    }

    /// Arms a one-shot call and tracks it.
    private func arm(
        at time: CivilTime, _ work: any PersistableWork, _ handler: WorkRegistry.OneShot
    ) -> ScheduledCall<CivilTime> {
        let entry = PersistentEntry(work: work, rule: nil)
        let call = scheduler.callAt(time) { handler.run(work) }
        entry.call = call
        keep(entry)
        return call
    }

    /// Tracks `entry`, pruning finished entries whenever their number doubles, so tracking
    /// costs amortized O(1) per call and memory stays proportional to the pending work.
    private func keep(_ entry: PersistentEntry) {
        entries.append(entry)
        if entries.count >= pruneAt {
            prune()
            pruneAt = max(64, entries.count * 2)
        }
    }

    /// Drops entries with no pending call.
    private func prune() {
        entries.removeAll { !$0.isPending }
    }
}
