extension Nexus {
    /// Starts (or continues) a pomodoro on an intention at `time`.
    ///
    /// Idle or in a start prompt: a new streak begins with a pomodoro from now. In a grace
    /// period: the streak continues with a pomodoro backdated to the grace period's start,
    /// ending when it would have with no delay. In a pomodoro or a break nothing changes.
    ///
    /// - Throws: ``NexusError/noSuchIntention(_:)``, ``NexusError/intentionCompleted(_:)``,
    ///   ``NexusError/intentionAbandoned(_:)``.
    @discardableResult
    public mutating func startPomodoro(
        intention id: Int, at time: Double, observer: NexusObserver = { _ in }
    ) throws(NexusError) -> StartResult {
        guard let intention = intentionTable[id] else { throw .noSuchIntention(id) }
        guard !intention.isCompleted else { throw .intentionCompleted(id) }
        guard !intention.isAbandoned else { throw .intentionAbandoned(id) }
        let now = prepareCommand(at: time, observer)
        defer { settleStartPrompt(observer) }
        if let current = currentInterval {
            switch current.kind {
            case .pomodoro: return .alreadyStarted(pomodoroID: current.id)
            case .break: return .onBreak(breakID: current.id)
            case .gracePeriod: return continueInGrace(current, intention: id, observer)
            case .startPrompt: finishCurrentInterval(at: now, observer)
            }
        }
        let steps = live.streakRules.steps
        let pomodoro = IntervalRecord(
            id: live.nextIntervalID, kind: .pomodoro, start: now, end: now + steps[0].length,
            streakID: live.nextIntervalID, indexInStreak: 0, intentionID: id,
            number: takePomodoroNumber())
        live.streak = StreakPosition(
            streakID: pomodoro.id, remaining: Array(steps.dropFirst()), pomodoros: 1)
        updateIntention(id) { $0.pomodoroIDs.append(pomodoro.id) }
        begin(pomodoro, observer)
        return .started(pomodoroID: pomodoro.id)
    }

    /// Turns the running grace period into its streak's next pomodoro, backdated to its start.
    private mutating func continueInGrace(
        _ grace: IntervalRecord, intention id: Int, _ observer: NexusObserver
    ) -> StartResult {
        guard var streak = live.streak, let step = streak.remaining.first else {
            return .onBreak(breakID: grace.id)
        }
        streak.remaining.removeFirst()
        let index = streak.pomodoros
        streak.pomodoros += 1
        live.streak = streak
        var ended = grace
        ended.end = live.now ?? grace.start
        observer(.intervalEnded(ended))
        let number = takePomodoroNumber()
        let setAt = live.now.flatMap { $0 > grace.start ? $0 : nil }
        let pomodoro = updateInterval(grace.id) { (interval: inout IntervalRecord) in
            interval.kind = .pomodoro
            interval.end = interval.start + step.length
            interval.indexInStreak = index
            interval.intentionID = id
            interval.number = number
            interval.setAt = setAt
            return interval
        }
        updateIntention(id) { $0.pomodoroIDs.append(grace.id) }
        if let pomodoro { observer(.intervalStarted(pomodoro)) }
        return .continued(pomodoroID: grace.id)
    }

    /// The number for a new pomodoro (1, 2, 3 … in creation order); the counter moves on.
    private mutating func takePomodoroNumber() -> Int {
        let number = live.nextPomodoroNumber
        live.nextPomodoroNumber += 1
        return number
    }

    /// Starts (or continues) a pomodoro on the intention `reference` names; a title no open
    /// intention has creates the intention first (at `time`), unless a pomodoro or a break
    /// is running, when nothing changes.
    ///
    /// This is the one rule for naming an intention to start, for the command line and the
    /// HUD alike: a title names the newest open intention with exactly that title.
    ///
    /// - Throws: as ``startPomodoro(intention:at:observer:)``; ``NexusError/noSuchIntention(_:)``
    ///   for an unknown id.
    @discardableResult
    public mutating func startPomodoro(
        on reference: IntentionReference, at time: Double, observer: NexusObserver = { _ in }
    ) throws(NexusError) -> StartResult {
        let id: Int
        switch reference {
        case .id(let known):
            id = known
        case .title(let title):
            if let open = newestOpenIntention(titled: title) {
                id = open.id
            } else {
                // Nothing is created when nothing would start (a pomodoro or a break runs).
                let now = prepareCommand(at: time, observer)
                if let current = currentInterval, current.kind == .pomodoro {
                    return .alreadyStarted(pomodoroID: current.id)
                }
                if let current = currentInterval, current.kind == .break {
                    return .onBreak(breakID: current.id)
                }
                id = try addIntention(title: title, at: now, observer: observer)
            }
        }
        return try startPomodoro(intention: id, at: time, observer: observer)
    }

    /// Evaluates a pomodoro at `time`; a later evaluation replaces an earlier one.
    ///
    /// *Achieved* is allowed only on the intention's last pomodoro and completes the
    /// intention; on the running pomodoro it ends it now and the streak's next break starts
    /// now with its full length. Other results never shorten a pomodoro. Re-evaluating an
    /// achieving pomodoro with another result un-completes the intention.
    ///
    /// - Throws: ``NexusError/noSuchPomodoro(_:)``,
    ///   ``NexusError/achievedNotOnLastPomodoro(pomodoro:intention:)``,
    ///   ``NexusError/achievedOnAbandoned(pomodoro:intention:)`` (an abandoned intention
    ///   cannot be achieved).
    public mutating func evaluate(
        pomodoro id: Int, as result: EvaluationResult, at time: Double,
        observer: NexusObserver = { _ in }
    ) throws(NexusError) {
        guard let pomodoro = intervalTable[id], pomodoro.kind == .pomodoro,
            let intentionID = pomodoro.intentionID, let intention = intentionTable[intentionID]
        else { throw .noSuchPomodoro(id) }
        if result == .achieved {
            let number = pomodoro.number ?? id
            guard intention.pomodoroIDs.last == id else {
                throw .achievedNotOnLastPomodoro(pomodoro: number, intention: intentionID)
            }
            guard !intention.isAbandoned else {
                throw .achievedOnAbandoned(pomodoro: number, intention: intentionID)
            }
        }
        let now = prepareCommand(at: time, observer)
        defer { settleStartPrompt(observer) }
        updateInterval(id) { $0.evaluation = Evaluation(result: result, at: now) }
        if live.awaitingReviewID == id { live.awaitingReviewID = nil }
        if result == .achieved, live.currentIntervalID == id {
            finishCurrentInterval(at: now, observer)
        }
        updateIntention(intentionID) { intention in
            if result == .achieved {
                intention.completion = Completion(
                    pomodoroID: id, at: now,
                    points: ScoreRules.intentionCompleted(pomodoros: intention.pomodoroIDs.count),
                    accuracyPoints: ScoreRules.estimateAccuracy(
                        estimates: intention.estimates, actual: intention.workedSeconds,
                        evaluatedAt: now))
            } else if intention.completion?.pomodoroID == id {
                intention.completion = nil
            }
        }
    }
}
