extension Nexus {
    /// Shows a start prompt at `time` if the model is idle inside a session and a point would
    /// be lost by waiting: it spans `[time, nextPointLoss]`.
    mutating func showStartPrompt(at time: Double, _ observer: NexusObserver) {
        guard live.currentIntervalID == nil, let session = activeSession(at: time) else { return }
        let created = live.intentionsCreated
        let now = IdealFuture(
            from: time, windowStart: session.start, windowEnd: session.end,
            rules: live.streakRules, intentionsCreated: created)
        guard let last = now.lastEventTime else { return }
        let loss = time + (session.end - last)
        guard loss > time else { return }
        let later = IdealFuture(
            from: loss + 1, windowStart: session.start, windowEnd: session.end,
            rules: live.streakRules, intentionsCreated: created)
        begin(
            IntervalRecord(
                id: live.nextIntervalID, kind: .startPrompt, start: time, end: loss,
                pointsBeforeLoss: now.points, pointsAfterLoss: later.points),
            observer)
    }
}
