import OuroCore
import TimerTree

extension DailyUseSimulation {
    /// The events a re-evaluation replaces: the earlier evaluation and, when it was the
    /// achieving one, the completion and estimate-accuracy events made with it.
    static let replacedKinds: Set<ScoreKind> = [
        .evaluation, .intentionCompleted, .estimateAccuracy,
    ]

    /// Checks every invariant at the instant the step left the model.
    mutating func check(
        after command: DailyUseCommand, at step: Int, accepted: Bool, before: Nexus,
        pastDays: [PastDay]
    ) {
        guard let now = nexus.now else { return }
        checkSessionsNeverOverlap(at: step)
        checkTheCurrentInterval(at: step, now: now)
        checkPastDays(pastDays, after: command, at: step, accepted: accepted, before: before)
        checkStatusAgreesWithScore(at: step, now: now)
    }

    /// 1. Sessions sorted by start never overlap (touching is fine).
    private mutating func checkSessionsNeverOverlap(at step: Int) {
        let sorted = nexus.sessions.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        for (first, second) in zip(sorted, sorted.dropFirst()) where first.end > second.start {
            report(
                .sessionsNeverOverlap, at: step,
                "session \(first.id) \(span(first.start, first.end)) overlaps session "
                    + "\(second.id) \(span(second.start, second.end))")
            return
        }
    }

    /// 2 and 4. Inside a session, idle only with nothing at stake; a prompt's points are its
    /// session's ideal.
    private mutating func checkTheCurrentInterval(at step: Int, now: Double) {
        let session = nexus.activeSession
        if session != nil { coverage.instantsInSessions += 1 }
        guard let current = nexus.currentInterval else {
            guard let session else { return }
            // Idle inside a session. Points at stake are those the ideal future still adds
            // to what the session has earned: the session's ideal minus its score so far.
            // Starting now always earns the intention-set point now, so while the session
            // runs this is never zero with any streak rules: the invariant then says "never
            // idle inside a session".
            let stake =
                nexus.idealScore(of: session) - nexus.score(from: session.start, through: now)
            if stake > Self.tolerance {
                report(
                    .noIdleInstantWithPointsAtStake, at: step,
                    "idle at \(clock(now)) inside session \(session.id) "
                        + "\(span(session.start, session.end)) with \(fmt(stake)) points at stake")
            }
            return
        }
        guard current.start <= now, now < current.end else {
            if session != nil {
                report(
                    .noIdleInstantWithPointsAtStake, at: step,
                    "the current \(current.kind.rawValue) \(span(current.start, current.end)) "
                        + "has ended at \(clock(now)) inside a session")
            }
            return
        }
        guard current.kind == .startPrompt else { return }
        guard let session else {
            report(
                .promptPointsEqualTheIdeal, at: step,
                "start prompt \(span(current.start, current.end)) at \(clock(now)) outside every session"
            )
            return
        }
        coverage.promptsChecked += 1
        if let mismatch = promptMismatch(current, ideal: nexus.idealScore(of: session), now: now) {
            report(
                .promptPointsEqualTheIdeal, at: step,
                mismatch + " in session \(session.id) \(span(session.start, session.end))")
        }
    }

    /// Why `prompt`'s `pointsBeforeLoss` is not `ideal` (the ideal a command computes at
    /// `now`); nil when it is.
    ///
    /// One exception, from model.md: at the instant a prompt expires the next one's points
    /// are computed as from one second later, since starting exactly then still earns the
    /// point lost at that instant. So a prompt that starts now may instead equal the ideal one
    /// second later (and be below the ideal now).
    func promptMismatch(_ prompt: IntervalRecord, ideal: Double, now: Double) -> String? {
        guard let points = prompt.pointsBeforeLoss else {
            return "start prompt \(span(prompt.start, prompt.end)) has no pointsBeforeLoss"
        }
        if abs(points - ideal) <= Self.tolerance { return nil }
        if prompt.start == now, points < ideal {
            var later = nexus
            later.advance(to: now + 1)
            if let session = later.activeSession,
                abs(points - later.idealScore(of: session)) <= Self.tolerance
            {
                return nil
            }
        }
        return "start prompt \(span(prompt.start, prompt.end)) at \(clock(now)) offers "
            + "\(fmt(points)) points but the ideal is \(fmt(ideal))"
    }

    /// 3. A past day's score changes only by a re-evaluation of one of its pomodoros, and
    /// then only loses the replaced evaluation's events.
    private mutating func checkPastDays(
        _ pastDays: [PastDay], after command: DailyUseCommand, at step: Int, accepted: Bool,
        before: Nexus
    ) {
        for past in pastDays {
            let score = nexus.score(from: past.day.start, through: past.day.last)
            guard abs(score - past.score) > Self.tolerance else { continue }
            var expected: Double?
            if accepted, case .evaluate(let pomodoro, _, _) = command,
                let earlier = before.interval(pomodoro)?.evaluation, past.day.contains(earlier.at)
            {
                let replaced = past.events.filter {
                    $0.intervalID == pomodoro && $0.time == earlier.at
                        && Self.replacedKinds.contains($0.kind)
                }
                expected = past.score - replaced.reduce(0) { $0 + $1.points }
            }
            if let expected, abs(score - expected) <= Self.tolerance { continue }
            report(
                .pastDaysChangeOnlyByReevaluation, at: step,
                "\(past.day.text)'s score went from \(fmt(past.score)) to \(fmt(score)) at "
                    + clock(nexus.now ?? command.time)
                    + (expected.map {
                        ", but the re-evaluation only replaces \(fmt(past.score - $0))"
                    }
                        ?? "; the step re-evaluated none of its pomodoros"))
            return
        }
    }

    /// 5. `status --json`'s scores agree with `score`'s and `sessions`'s at the same instant.
    private mutating func checkStatusAgreesWithScore(at step: Int, now: Double) {
        let readings = CommandReadings(
            model: nexus, now: now, today: LocalDay(containing: now, zone: zone))
        if abs(readings.statusToday - readings.score) > Self.tolerance {
            report(
                .statusAgreesWithScore, at: step,
                "status says \(fmt(readings.statusToday)) today, score \(fmt(readings.score))")
        }
        if let statusSession = readings.statusSession, let listed = readings.sessionsScore,
            abs(statusSession - listed) > Self.tolerance
        {
            report(
                .statusAgreesWithScore, at: step,
                "status says \(fmt(statusSession)) for the session, sessions \(fmt(listed))")
        }
        // With one session today, a start prompt's points and `score`'s ideal are the same
        // number: what the day can still reach.
        if let current = nexus.currentInterval, current.kind == .startPrompt,
            current.start <= now, now < current.end, readings.sessionsToday == 1,
            let mismatch = promptMismatch(current, ideal: readings.ideal, now: now)
        {
            report(.statusAgreesWithScore, at: step, mismatch + " (score's ideal for today)")
        }
    }

    /// `[03-08 09:00:00 (…), 03-08 17:00:00 (…))` in the local zone.
    func span(_ start: Double, _ end: Double) -> String {
        "[" + clock(start) + ", " + clock(end) + ")"
    }

    /// An instant in the local zone, with its epoch value.
    func clock(_ instant: Double) -> String { DailyUseCommand.clock(instant, in: zone) }
}
