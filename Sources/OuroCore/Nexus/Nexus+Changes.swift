extension Nexus {
    /// The records created or changed since loading or the last ``markSaved()``, by id.
    public var changes: NexusChanges {
        NexusChanges(
            live: live,
            intentions: touched.intentions.sorted().compactMap { intentionTable[$0] },
            intervals: touched.intervals.sorted().compactMap { intervalTable[$0] },
            sessions: touched.sessions.sorted().compactMap { sessionTable[$0] },
            workHourRules: touched.rules.sorted().compactMap { ruleTable[$0] },
            removedWorkHourRuleIDs: touched.removedRules.sorted(),
            removedSessionIDs: touched.removedSessions.sorted())
    }

    /// Forgets the changes, once the store has written them.
    public mutating func markSaved() { touched = TouchedRecords() }

    mutating func putIntention(_ record: IntentionRecord) {
        intentionTable.put(record)
        touched.intentions.insert(record.id)
    }

    mutating func putInterval(_ record: IntervalRecord) {
        intervalTable.put(record)
        touched.intervals.insert(record.id)
    }

    mutating func putSession(_ record: SessionRecord) {
        sessionTable.put(record)
        touched.sessions.insert(record.id)
    }

    @discardableResult
    mutating func updateIntention<T>(_ id: Int, _ body: (inout IntentionRecord) -> T) -> T? {
        touched.intentions.insert(id)
        return intentionTable.update(id, body)
    }

    @discardableResult
    mutating func updateInterval<T>(_ id: Int, _ body: (inout IntervalRecord) -> T) -> T? {
        touched.intervals.insert(id)
        return intervalTable.update(id, body)
    }
}
