extension Nexus {
    /// Creates an intention at `time` and returns its id (1, 2, … in creation order).
    ///
    /// - Parameter estimate: an optional first estimate, in seconds.
    /// - Throws: ``NexusError/invalidDuration(_:)`` for a non-positive estimate.
    @discardableResult
    public mutating func addIntention(
        title: String, description: String = "", estimate: Double? = nil, at time: Double,
        observer: NexusObserver = { _ in }
    ) throws(NexusError) -> Int {
        if let estimate { try Self.validate(duration: estimate) }
        let now = prepareCommand(at: time, observer)
        defer { settleStartPrompt(observer) }
        let id = live.nextIntentionID
        live.nextIntentionID += 1
        var intention = IntentionRecord(
            id: id, title: title, description: description, created: now, modified: now)
        if let estimate {
            intention.estimates.append(Estimate(duration: estimate, madeAt: now, earnsPoint: true))
        }
        putIntention(intention)
        return id
    }

    /// Changes an intention's title and/or description; its modified time becomes now.
    public mutating func editIntention(
        _ id: Int, title: String? = nil, description: String? = nil, at time: Double,
        observer: NexusObserver = { _ in }
    ) throws(NexusError) {
        guard intentionTable[id] != nil else { throw .noSuchIntention(id) }
        let now = prepareCommand(at: time, observer)
        defer { settleStartPrompt(observer) }
        updateIntention(id) { intention in
            if let title { intention.title = title }
            if let description { intention.description = description }
            intention.modified = now
        }
    }

    /// Adds an estimate of the intention's total pomodoro time, in seconds.
    ///
    /// It earns a point while the intention has earned fewer estimate points than it has had
    /// pomodoros plus one.
    public mutating func estimate(
        _ id: Int, duration: Double, at time: Double, observer: NexusObserver = { _ in }
    ) throws(NexusError) {
        try Self.validate(duration: duration)
        guard intentionTable[id] != nil else { throw .noSuchIntention(id) }
        let now = prepareCommand(at: time, observer)
        defer { settleStartPrompt(observer) }
        updateIntention(id) { intention in
            let earned = intention.estimates.count(where: \.earnsPoint)
            intention.estimates.append(
                Estimate(
                    duration: duration, madeAt: now,
                    earnsPoint: earned < intention.pomodoroIDs.count + 1))
            intention.modified = now
        }
    }

    /// Abandons an intention. If its pomodoro is running, that pomodoro and its streak end
    /// now: no break, no grace period, and the pomodoro is not offered for review. Inside a
    /// session a start prompt follows at once, so the user is never locked out. Abandoning
    /// any other intention only sets the flag.
    ///
    /// - Throws: ``NexusError/noSuchIntention(_:)``.
    public mutating func abandon(
        _ id: Int, at time: Double, observer: NexusObserver = { _ in }
    ) throws(NexusError) {
        guard intentionTable[id] != nil else { throw .noSuchIntention(id) }
        let now = prepareCommand(at: time, observer)
        defer { settleStartPrompt(observer) }
        updateIntention(id) { intention in
            intention.isAbandoned = true
            intention.modified = now
        }
        if let current = currentInterval, current.kind == .pomodoro, current.intentionID == id {
            live.streak = nil
            finishCurrentInterval(at: now, offeringReview: false, observer)
            showStartPrompt(at: now, observer)
        }
    }

    /// Abandons the intention `reference` names (a title names the newest open intention
    /// with exactly that title); returns its id.
    ///
    /// - Throws: ``NexusError/noSuchIntention(_:)``, ``NexusError/noOpenIntention(titled:)``.
    @discardableResult
    public mutating func abandon(
        _ reference: IntentionReference, at time: Double, observer: NexusObserver = { _ in }
    ) throws(NexusError) -> Int {
        let id = try resolve(reference)
        try abandon(id, at: time, observer: observer)
        return id
    }

    static func validate(duration: Double) throws(NexusError) {
        guard duration > 0, duration.isFinite else { throw .invalidDuration(duration) }
    }
}
