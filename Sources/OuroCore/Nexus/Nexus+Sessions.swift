extension Nexus {
    /// Adds a session by hand and returns its id; reports its start if it is active now.
    ///
    /// - Throws: ``NexusError/invalidDuration(_:)`` unless `end > start`, both finite.
    @discardableResult
    public mutating func addSession(
        from start: Double, to end: Double, at time: Double, observer: NexusObserver = { _ in }
    ) throws(NexusError) -> Int {
        guard start.isFinite, end.isFinite, end > start else {
            throw .invalidDuration(end - start)
        }
        let now = prepareCommand(at: time, observer)
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
