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
        guard live.currentIntervalID == nil, let session = activeSession(at: time),
            let figures = promptFigures(at: time, in: session)
        else { return }
        begin(
            IntervalRecord(
                id: live.nextIntervalID, kind: .startPrompt, start: time, end: figures.loss,
                pointsBeforeLoss: figures.before, pointsAfterLoss: figures.after),
            observer)
    }

    /// Decides the start prompt once a command has acted: an idle model inside a session gets
    /// one, and a prompt under way takes the figures of now.
    ///
    /// A command can change what is at stake (a new intention's points, an estimate's, new
    /// streak rules, a new session), so a prompt's `pointsBeforeLoss` stays equal to the
    /// session's ideal score at every instant. The prompt keeps its start; its figures and
    /// its end are rewritten in place (no new interval, so no new `start-prompt` event), and
    /// it ends now when nothing is at stake any more. Time passing alone never changes the
    /// figures, so ``advance(to:observer:)`` need not do this.
    ///
    /// - Complexity: as ``showStartPrompt(at:_:)``.
    mutating func settleStartPrompt(_ observer: NexusObserver) {
        guard let now = live.now else { return }
        guard let current = currentInterval else {
            showStartPrompt(at: now, observer)
            return
        }
        guard current.kind == .startPrompt else { return }
        guard let session = activeSession(at: now),
            let figures = promptFigures(at: now, in: session)
        else {
            finishCurrentInterval(at: now, observer)
            return
        }
        let unchanged =
            current.end == figures.loss && current.pointsBeforeLoss == figures.before
            && current.pointsAfterLoss == figures.after
        guard !unchanged else { return }
        updateInterval(current.id) { (prompt: inout IntervalRecord) in
            prompt.end = figures.loss
            prompt.pointsBeforeLoss = figures.before
            prompt.pointsAfterLoss = figures.after
        }
    }

    /// A prompt's figures at `time` in `session`: the points possible (those earned in the
    /// session so far included) if a streak starts now and once the next loss has happened,
    /// and when that loss happens; nil when nothing is at stake.
    ///
    /// At the instant a loss happens (a prompt expiring) the formula gives a zero-length
    /// prompt, so the figures are taken as from one second later.
    private func promptFigures(
        at time: Double, in session: SessionRecord
    ) -> (before: Double, after: Double, loss: Double)? {
        var outlook = promptOutlook(from: time, in: session)
        if let expiring = outlook, expiring.loss <= time {
            outlook = promptOutlook(from: time + 1, in: session)
        }
        guard let outlook, outlook.loss > time else { return nil }
        let earned = score(from: session.start, through: time)
        return (earned + outlook.before, earned + outlook.after, outlook.loss)
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
