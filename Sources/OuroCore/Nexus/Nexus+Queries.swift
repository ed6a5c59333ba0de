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
}
