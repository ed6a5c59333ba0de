extension Nexus {
    /// Adds a session by hand and returns its id; reports its start if it is active now.
    ///
    /// Sessions never overlap (model.md): a session may touch another (end = start) but not
    /// share an instant with a loaded session or with a session the work-hour rules will give
    /// that has not started yet. The working set must hold every session ending after
    /// `start` (the store's scope `since: start`).
    ///
    /// - Throws: ``NexusError/invalidDuration(_:)`` unless `end > start`, both finite;
    ///   ``NexusError/sessionTooLong(start:end:)`` over 24 hours;
    ///   ``NexusError/sessionAlreadyEnded(end:)`` when `end` is not after now;
    ///   ``NexusError/sessionOverlaps(_:)`` or
    ///   ``NexusError/sessionOverlapsWorkHours(start:end:)`` naming the conflict.
    @discardableResult
    public mutating func addSession(
        from start: Double, to end: Double, at time: Double, observer: NexusObserver = { _ in }
    ) throws(NexusError) -> Int {
        guard start.isFinite, end.isFinite, end > start else {
            throw .invalidDuration(end - start)
        }
        guard end - start <= Self.longestSession else {
            throw .sessionTooLong(start: start, end: end)
        }
        let now = prepareCommand(at: time, observer)
        defer { settleStartPrompt(observer) }
        guard end > now else { throw .sessionAlreadyEnded(end: end) }
        if let other = sessions(overlapping: start, end).first(where: {
            $0.start < end && start < $0.end
        }) {
            throw .sessionOverlaps(other)
        }
        // The rules' sessions that have not started yet (those under way are loaded above).
        let ahead = WorkHourRule.sessionSpans(
            of: ruleTable.records, after: now, through: end
        ).flatMap { $0.uncovered(by: sessionTable.records) }
        if let span = ahead.first(where: { $0.start > now && $0.overlaps(start, end) }) {
            throw .sessionOverlapsWorkHours(start: span.start, end: span.end)
        }
        let session = SessionRecord(id: live.nextSessionID, start: start, end: end)
        live.nextSessionID += 1
        putSession(session)
        if session.contains(now) { observer(.sessionStarted(session)) }
        return session.id
    }

    /// Replaces the plan new streaks follow; a running streak keeps its own plan.
    public mutating func setStreakRules(
        _ rules: StreakRules, at time: Double, observer: NexusObserver = { _ in }
    ) {
        _ = prepareCommand(at: time, observer)
        defer { settleStartPrompt(observer) }
        live.streakRules = rules
    }

    /// The session active at the last update: the one containing it that ends last.
    public var activeSession: SessionRecord? {
        guard let now = live.now else { return nil }
        return activeSession(at: now)
    }

    /// The loaded session containing `time` that ends last (ties: the earliest started).
    func activeSession(at time: Double) -> SessionRecord? {
        var best: SessionRecord?
        for session in sessionTable.records where session.contains(time) {
            if let current = best,
                current.end > session.end
                    || (current.end == session.end && current.start <= session.start)
            {
                continue
            }
            best = session
        }
        return best
    }

    /// Loaded sessions overlapping `[start, end]`, by start.
    public func sessions(overlapping start: Double, _ end: Double) -> [SessionRecord] {
        sessionTable.records.filter { $0.start <= end && $0.end > start }
            .sorted { ($0.start, $0.id) < ($1.start, $1.id) }
    }
}
