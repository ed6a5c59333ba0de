extension Nexus {
    /// Shows a start prompt at `time` if the model is idle inside a session and points are
    /// still at stake: it spans `[time, nextPointLoss]`.
    ///
    /// The points count the session's events so far plus the ideal future from `time`, so a
    /// prompt's `pointsBeforeLoss` equals the session's ideal score at that instant. At the
    /// instant a loss happens (a prompt expiring) the formula gives a zero-length prompt, so
    /// the figures are taken as from one second later and the prompt still starts at `time`:
    /// inside a session no instant with points at stake is left idle.
    ///
    /// - Complexity: O(intervals simulated to the session's end + events loaded in it).
    mutating func showStartPrompt(at time: Double, _ observer: NexusObserver) {
        guard live.currentIntervalID == nil, let session = activeSession(at: time) else { return }
        var outlook = promptOutlook(from: time, in: session)
        if let expiring = outlook, expiring.loss <= time {
            outlook = promptOutlook(from: time + 1, in: session)
        }
        guard let outlook, outlook.loss > time else { return }
        let earned = score(from: session.start, through: time)
        begin(
            IntervalRecord(
                id: live.nextIntervalID, kind: .startPrompt, start: time, end: outlook.loss,
                pointsBeforeLoss: earned + outlook.before, pointsAfterLoss: earned + outlook.after),
            observer)
    }

    /// The future points at stake if a streak starts at `time` (`before`), when the next of
    /// them is lost by waiting (`loss`, at or after `time`), and those left after it
    /// (`after`); nil when nothing is at stake.
    private func promptOutlook(
        from time: Double, in session: SessionRecord
    ) -> (before: Double, loss: Double, after: Double)? {
        let created = live.intentionsCreated
        let now = IdealFuture(
            from: time, windowStart: session.start, windowEnd: session.end,
            rules: live.streakRules, intentionsCreated: created)
        guard let last = now.lastEventTime else { return nil }
        let loss = time + (session.end - last)
        let later = IdealFuture(
            from: loss + 1, windowStart: session.start, windowEnd: session.end,
            rules: live.streakRules, intentionsCreated: created)
        return (now.points, loss, later.points)
    }
}
