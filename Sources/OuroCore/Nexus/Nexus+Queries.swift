extension Nexus {
    /// The interval running at the last update; nil when idle.
    public var currentInterval: IntervalRecord? {
        live.currentIntervalID.flatMap { intervalTable[$0] }
    }

    /// The latest ended pomodoro while it has no evaluation, for the HUD and `ouro status`.
    public var awaitingReview: IntervalRecord? {
        live.awaitingReviewID.flatMap { intervalTable[$0] }
    }

    /// The latest loaded pomodoro, the default target of `ouro evaluate`.
    public var latestPomodoro: IntervalRecord? {
        intervalTable.records.last { $0.kind == .pomodoro }
    }

    /// Loaded intervals that start inside `[start, end]`, in time order.
    ///
    /// - Complexity: O(log n + k) for k results: ids follow start order.
    public func intervals(from start: Double, through end: Double) -> ArraySlice<IntervalRecord> {
        let records = intervalTable.records
        let first = intervalTable.partitionPoint { $0.start >= start }
        let past = intervalTable.partitionPoint { $0.start > end }
        return first < past ? records[first..<past] : []
    }

    /// The next time after the last update at which advancing changes something: the running
    /// interval's end, or a loaded session's start or end, or the rules' next session start.
    ///
    /// The HUD sleeps until then (or its next pulse); nil when nothing is ahead.
    public var nextDeadline: Double? {
        guard let now = live.now else { return nil }
        var deadline = currentInterval?.end
        for session in sessionTable.records {
            for time in [session.start, session.end] where time > now {
                deadline = min(deadline ?? time, time)
            }
        }
        if let start = nextSessionStart(after: now) { deadline = min(deadline ?? start, start) }
        return deadline
    }
}
