/// A civil recurrence rule that can be saved: a `Codable` rule naming its type with a code.
///
/// ``EveryDays``, ``Weekly`` and ``EveryYears`` conform, and every ``WorkRegistry`` knows them.
/// Steps are the list of occurrences that fell due, so one kind of repeating work runs on any
/// of these rules.
public protocol PersistableRule: RecurrenceRule, Codable
where Time == CivilTime, Steps == [CivilTime] {
    /// The code saved beside the rule's data, naming its type; stable across releases.
    static var typeCode: String { get }
}
