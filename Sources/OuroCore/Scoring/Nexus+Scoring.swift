extension Nexus {
    /// The score events inside `[start, end]`, in time order.
    ///
    /// Every event counts in the window that holds its own time, whenever its interval
    /// started: an evaluation at 00:01 of a pomodoro started at 23:58 counts on the new day,
    /// as does a break ending after midnight; a completion counts when the achieving
    /// evaluation was made. A break counts once it has run to its end.
    ///
    /// - Complexity: O(log n + k) over intervals, k those loaded that start no later than
    ///   `end` (the store loads a window's records and few older ones), plus O(loaded
    ///   intentions).
    public func scoreEvents(from start: Double, through end: Double) -> [ScoreEvent] {
        var events: [ScoreEvent] = []
        func add(_ event: ScoreEvent) {
            if start <= event.time && event.time <= end && event.points != 0 {
                events.append(event)
            }
        }
        for intention in intentionTable.records {
            add(
                ScoreEvent(
                    kind: .intentionCreated, time: intention.created,
                    points: ScoreRules.intentionCreated(ordinal: intention.id),
                    intentionID: intention.id))
            for estimate in intention.estimates where estimate.earnsPoint {
                add(
                    ScoreEvent(
                        kind: .estimateMade, time: estimate.madeAt, points: 1,
                        intentionID: intention.id))
            }
            if let completion = intention.completion {
                add(
                    ScoreEvent(
                        kind: .intentionCompleted, time: completion.at,
                        points: completion.points, intentionID: intention.id,
                        intervalID: completion.pomodoroID))
                add(
                    ScoreEvent(
                        kind: .estimateAccuracy, time: completion.at,
                        points: completion.accuracyPoints, intentionID: intention.id,
                        intervalID: completion.pomodoroID))
            }
        }
        let settled = live.now ?? -.infinity
        let past = intervalTable.partitionPoint { $0.start > end }
        for interval in intervalTable.records[..<past] {
            switch interval.kind {
            case .pomodoro:
                add(
                    ScoreEvent(
                        kind: .intentionSet, time: interval.intentionSetTime,
                        points: ScoreRules.intentionSet(indexInStreak: interval.indexInStreak ?? 0),
                        intentionID: interval.intentionID, intervalID: interval.id))
                if let evaluation = interval.evaluation {
                    add(
                        ScoreEvent(
                            kind: .evaluation, time: evaluation.at,
                            points: evaluation.result.points,
                            intentionID: interval.intentionID, intervalID: interval.id))
                }
            case .break:
                if interval.end <= settled {
                    add(
                        ScoreEvent(
                            kind: .breakCompleted, time: interval.end, points: 1,
                            intervalID: interval.id))
                }
            case .gracePeriod, .startPrompt:
                break
            }
        }
        return events.sorted { ($0.time, $0.kind.rawValue) < ($1.time, $1.kind.rawValue) }
    }

    /// The points earned inside `[start, end]`.
    public func score(from start: Double, through end: Double) -> Double {
        scoreEvents(from: start, through: end).reduce(0) { $0 + $1.points }
    }

    /// The most a session can be worth: the ideal future of an empty model from its start.
    public func perfectScore(of session: SessionRecord) -> Double {
        IdealFuture(
            from: session.start, windowStart: session.start, windowEnd: session.end,
            rules: live.streakRules, intentionsCreated: 0
        ).points
    }

    /// The most a session can still be worth from the last update: the points earned in it so
    /// far plus the ideal future from now (continuing the live streak, if any).
    ///
    /// The simulation starts from the running interval, so it only adds events that have not
    /// happened yet (a backdated continuation's events included). A running pomodoro counts
    /// as evaluated *achieved* at its end, with its intention's completion and
    /// estimate-accuracy points; that evaluation replaces one it already has, whose points
    /// leave the sum (as on the reference's copy of the model).
    ///
    /// - Complexity: O(events loaded in the session + intervals simulated to its end).
    public func idealScore(of session: SessionRecord) -> Double {
        guard let now = live.now else { return perfectScore(of: session) }
        if now < session.start { return perfectScore(of: session) }
        var earned = score(from: session.start, through: min(now, session.end))
        guard now < session.end else { return earned }
        var origin = IdealFuture.Origin.idle
        var streak: StreakPosition?
        var from = now
        if let current = currentInterval, current.kind != .startPrompt {
            streak = live.streak
            from = current.start
            switch current.kind {
            case .pomodoro:
                let intention = current.intentionID.flatMap { intentionTable[$0] }
                let accuracy = ScoreRules.estimateAccuracy(
                    estimates: intention?.estimates ?? [],
                    actual: (intention?.workedSeconds ?? 0) + current.duration,
                    evaluatedAt: current.end)
                if let replaced = current.evaluation, session.start <= replaced.at {
                    earned -= replaced.result.points
                }
                origin = .pomodoro(
                    index: current.indexInStreak ?? 0, start: current.start, end: current.end,
                    intentionPomodoros: intention?.pomodoroIDs.count ?? 1, accuracy: accuracy)
            case .break: origin = .rest(start: current.start, end: current.end)
            case .gracePeriod: origin = .grace(start: current.start)
            case .startPrompt: break
            }
        }
        let future = IdealFuture(
            from: from, origin: origin, streak: streak, windowStart: session.start,
            windowEnd: session.end, rules: live.streakRules,
            intentionsCreated: live.intentionsCreated)
        return earned + future.points
    }

    /// The points a session has lost so far: its perfect score minus its ideal score, never
    /// negative (an ideal can pass the perfect score when a late start fits the streak plan
    /// better into the session).
    public func pointsLost(of session: SessionRecord) -> Double {
        max(0, perfectScore(of: session) - idealScore(of: session))
    }
}
