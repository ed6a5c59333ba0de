/// The types a ``PersistentScheduler`` can save and load: work and rules, by type code.
///
/// Each kind of work is registered with what running it does, as a closure over the running
/// program; its data comes back from the saved file through its `Decodable` conformance. A
/// type is registered for one-shot calls (``register(_:run:)``), for repeating work
/// (``registerRepeating(_:run:)``), or both. Registering a code again replaces the earlier
/// entry. The civil rules ``EveryDays``, ``Weekly`` and ``EveryYears`` are registered from the
/// start.
public struct WorkRegistry {
    /// A one-shot work type: how to decode its data and run it.
    struct OneShot {
        let decode: (KeyedDecodingContainer<SavedCall.CodingKeys>) throws -> any PersistableWork
        let run: (any PersistableWork) -> Void
    }

    /// A repeating work type: how to decode its data and run it with the steps that fell due.
    struct Repeating {
        let decode: (KeyedDecodingContainer<SavedCall.CodingKeys>) throws -> any PersistableWork
        let run: (any PersistableWork, [CivilTime], ScheduledCall<CivilTime>) -> Void
    }

    private var oneShotTypes: [String: OneShot] = [:]
    private var repeatingTypes: [String: Repeating] = [:]
    private var ruleTypes: [String: any PersistableRule.Type] = [:]

    /// A registry that knows the built-in civil rules and no work yet.
    public init() {
        register(rule: EveryDays.self)
        register(rule: Weekly.self)
        register(rule: EveryYears.self)
    }

    /// Registers `Work` for one-shot calls: `run` runs a loaded or scheduled value at its time.
    public mutating func register<Work: PersistableWork>(
        _ type: Work.Type, run: @escaping (Work) -> Void
    ) {
        oneShotTypes[Work.typeCode] = OneShot(
            decode: { container in try container.decode(Work.self, forKey: .data) },
            run: { work in run(work as! Work) })
    }

    /// Registers `Work` for repeating work: `run` gets the value, the occurrences that fell
    /// due since the last run (all of them at once after a downtime), and the next call, which
    /// it may cancel to stop the repetition.
    public mutating func registerRepeating<Work: PersistableWork>(
        _ type: Work.Type,
        run: @escaping (Work, [CivilTime], ScheduledCall<CivilTime>) -> Void
    ) {
        repeatingTypes[Work.typeCode] = Repeating(
            decode: { container in try container.decode(Work.self, forKey: .data) },
            run: { work, steps, next in run(work as! Work, steps, next) })
    }

    /// Registers a recurrence rule type under its ``PersistableRule/typeCode``.
    public mutating func register<Rule: PersistableRule>(rule type: Rule.Type) {
        ruleTypes[Rule.typeCode] = type
    }

    /// The one-shot entry for `code`.
    func oneShot(_ code: String) throws(PersistenceError) -> OneShot {
        guard let entry = oneShotTypes[code] else { throw .unknownWorkType(code, repeating: false) }
        return entry
    }

    /// The repeating entry for `code`.
    func repeating(_ code: String) throws(PersistenceError) -> Repeating {
        guard let entry = repeatingTypes[code] else {
            throw .unknownWorkType(code, repeating: true)
        }
        return entry
    }

    /// The rule type for `code`.
    func rule(_ code: String) throws(PersistenceError) -> any PersistableRule.Type {
        guard let type = ruleTypes[code] else { throw .unknownRuleType(code) }
        return type
    }
}
