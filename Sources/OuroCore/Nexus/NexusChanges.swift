/// The records created or changed since the model was loaded (or last marked saved): what a
/// store must write.
public struct NexusChanges: Sendable, Hashable {
    /// The live state; always written.
    public var live: LiveState
    /// Intentions created or changed.
    public var intentions: [IntentionRecord]
    /// Intervals created or changed.
    public var intervals: [IntervalRecord]
    /// Sessions created or changed (a change of rules rebuilds them).
    public var sessions: [SessionRecord]
    /// Work-hour rules created.
    public var workHourRules: [WorkHourRule]
    /// Ids of work-hour rules removed.
    public var removedWorkHourRuleIDs: [Int]
    /// Ids of sessions removed (an automatic session a change of rules left empty, or one
    /// ahead that the new rules will generate again).
    public var removedSessionIDs: [Int] = []

    /// Whether no record besides the live state changed.
    public var isEmpty: Bool {
        intentions.isEmpty && intervals.isEmpty && sessions.isEmpty && workHourRules.isEmpty
            && removedWorkHourRuleIDs.isEmpty && removedSessionIDs.isEmpty
    }
}
