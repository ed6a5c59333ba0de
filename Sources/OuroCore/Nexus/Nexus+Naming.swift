extension Nexus {
    /// The newest loaded open intention (neither completed nor abandoned) whose title is
    /// exactly `title`, or nil.
    ///
    /// This is the one rule by which a title names an intention, for the command line and
    /// the HUD alike.
    /// - Complexity: O(loaded intentions).
    public func newestOpenIntention(titled title: String) -> IntentionRecord? {
        intentionTable.records.last { $0.title == title && !$0.isCompleted && !$0.isAbandoned }
    }

    /// The id of the intention `reference` names.
    ///
    /// - Throws: ``NexusError/noSuchIntention(_:)`` for an unknown id,
    ///   ``NexusError/noOpenIntention(titled:)`` when no open intention has the title.
    public func resolve(_ reference: IntentionReference) throws(NexusError) -> Int {
        switch reference {
        case .id(let id):
            guard intentionTable[id] != nil else { throw .noSuchIntention(id) }
            return id
        case .title(let title):
            guard let intention = newestOpenIntention(titled: title) else {
                throw .noOpenIntention(titled: title)
            }
            return intention.id
        }
    }

    /// The loaded pomodoro with this number (1, 2, 3 … in creation order), or nil.
    ///
    /// - Complexity: O(loaded intervals); a store loads the one a command names.
    public func pomodoro(numbered number: Int) -> IntervalRecord? {
        intervalTable.records.first { $0.kind == .pomodoro && $0.number == number }
    }
}
