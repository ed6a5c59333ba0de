/// The span of a session the work-hour rules call for, before it is recorded.
struct SessionSpan: Sendable, Hashable {
    /// When it starts.
    var start: Double
    /// When it ends (exclusive).
    var end: Double
    /// The rule it comes from (the lowest id, when rules merged into it).
    var ruleID: Int

    /// How long it lasts.
    var length: Double { end - start }

    /// Whether it shares an instant with `[start, end)`; touching spans do not.
    func overlaps(_ otherStart: Double, _ otherEnd: Double) -> Bool {
        start < otherEnd && otherStart < end
    }

    /// The parts of this span that no session in `sessions` covers, in time order.
    ///
    /// - Complexity: O(s log s) for s sessions.
    func uncovered(by sessions: [SessionRecord]) -> [SessionSpan] {
        var pieces: [SessionSpan] = []
        var from = start
        let covering = sessions.filter { overlaps($0.start, $0.end) }.sorted { $0.start < $1.start }
        for session in covering {
            if session.start > from {
                pieces.append(SessionSpan(start: from, end: session.start, ruleID: ruleID))
            }
            from = max(from, session.end)
        }
        if end > from { pieces.append(SessionSpan(start: from, end: end, ruleID: ruleID)) }
        return pieces
    }
}
