extension Nexus {
    /// Moves the model to `time`, through every interval boundary on the way, in order.
    ///
    /// Each interval that ends on the way is reported ended, and what follows it (the next
    /// break, a grace period, idle) started; session starts and ends are reported in their
    /// place; at `time`, an idle model inside a session gets a start prompt, and the running
    /// interval's progress is reported. Idle stretches are jumped over: no prompts are
    /// invented for the past. A time earlier than the last update is ignored (clocks can
    /// step backwards; the model never rewinds), as is a non-finite one.
    ///
    /// - Complexity: O(intervals crossed + sessions loaded + days crossed × rules).
    public mutating func advance(to time: Double, observer: NexusObserver = { _ in }) {
        guard time.isFinite else { return }
        let previous = live.now
        if let previous, time < previous { return }
        generateAutomaticSessions(after: previous, through: time)
        var sessionEvents = sessionBoundaries(after: previous, through: time)
        var nextSessionEvent = 0
        func reportSessions(before limit: Double, inclusive: Bool) {
            while nextSessionEvent < sessionEvents.count {
                let event = sessionEvents[nextSessionEvent]
                guard event.time < limit || (inclusive && event.time == limit) else { return }
                observer(event)
                nextSessionEvent += 1
            }
        }
        while let id = live.currentIntervalID, let current = intervalTable[id],
            current.end <= time
        {
            reportSessions(before: current.end, inclusive: false)
            finishCurrentInterval(at: current.end, observer)
        }
        reportSessions(before: time, inclusive: true)
        sessionEvents.removeAll()
        live.now = time
        if live.currentIntervalID == nil { showStartPrompt(at: time, observer) }
        if let current = currentInterval {
            observer(.intervalProgressed(current, at: time, fraction: current.progress(at: time)))
        }
    }

    /// Advances to `time` (if later) and returns the time a command acts at.
    mutating func prepareCommand(at time: Double, _ observer: NexusObserver) -> Double {
        advance(to: time, observer: observer)
        return live.now ?? time
    }

    /// The session start and end events in `(previous, time]`, in time order.
    private func sessionBoundaries(after previous: Double?, through time: Double) -> [NexusEvent] {
        guard let previous else { return [] }
        var events: [NexusEvent] = []
        for session in sessionTable.records where session.end > previous {
            if session.start > previous && session.start <= time {
                events.append(.sessionStarted(session))
            }
            if session.end <= time { events.append(.sessionEnded(session)) }
        }
        return events.sorted { $0.time < $1.time }
    }

    /// Ends the running interval at `time` (early, for pomodoros achieved or abandoned) and
    /// starts what follows it; an ended pomodoro with no evaluation awaits review unless
    /// `offeringReview` is false (an abandoned one).
    mutating func finishCurrentInterval(
        at time: Double, offeringReview: Bool = true, _ observer: NexusObserver
    ) {
        guard let id = live.currentIntervalID,
            let finished = updateInterval(
                id,
                { (interval: inout IntervalRecord) -> IntervalRecord in
                    interval.end = min(interval.end, max(interval.start, time))
                    return interval
                })
        else { return }
        live.currentIntervalID = nil
        observer(.intervalEnded(finished))
        switch finished.kind {
        case .pomodoro:
            if let intentionID = finished.intentionID {
                updateIntention(intentionID) { $0.workedSeconds += finished.duration }
            }
            if offeringReview, finished.evaluation == nil {
                live.awaitingReviewID = finished.id
                observer(.awaitingReview(finished))
            }
            continueStreak(at: finished.end, observer)
        case .break:
            continueStreak(at: finished.end, observer)
        case .gracePeriod:
            live.streak = nil
        case .startPrompt:
            break
        }
    }

    /// Starts the live streak's next step at `time`: its break, or a grace period for its next
    /// pomodoro; ends the streak when its plan is used up.
    private mutating func continueStreak(at time: Double, _ observer: NexusObserver) {
        guard var streak = live.streak, let step = streak.remaining.first else {
            live.streak = nil
            return
        }
        let interval: IntervalRecord
        switch step.kind {
        case .break:
            streak.remaining.removeFirst()
            interval = IntervalRecord(
                id: live.nextIntervalID, kind: .break, start: time, end: time + step.length,
                streakID: streak.streakID)
        case .pomodoro:
            interval = IntervalRecord(
                id: live.nextIntervalID, kind: .gracePeriod, start: time,
                end: time + step.length / 3, streakID: streak.streakID)
        }
        live.streak = streak
        begin(interval, observer)
    }

    /// Records a new interval as the running one.
    mutating func begin(_ interval: IntervalRecord, _ observer: NexusObserver) {
        live.nextIntervalID = interval.id + 1
        live.currentIntervalID = interval.id
        putInterval(interval)
        observer(.intervalStarted(interval))
    }
}
