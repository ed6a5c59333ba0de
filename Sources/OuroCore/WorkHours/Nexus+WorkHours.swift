import TimerTree

extension Nexus {
    /// The longest a session may last: 24 hours.
    public static let longestSession: Double = 86_400

    /// Replaces every work-hour rule with `drafts` and rebuilds the automatic sessions that
    /// have not ended (model.md, "Changing the rules"); returns the new rules.
    ///
    /// The one entry point for a change of rules (`hours set/add/clear`, `--work-hours`,
    /// `--work-days`): today's automatic session takes the new rules' span for now, or ends
    /// now if they do not cover now (and is dropped if that leaves it empty); later ones
    /// follow the new rules as time reaches them; ended and manual sessions never change.
    /// Intervals (pomodoros, their scores) are untouched. A start prompt under way is ended
    /// and recomputed for the rebuilt session. A rule equal to one already in force keeps its
    /// id.
    ///
    /// - Throws: ``NexusError/noWeekdays`` or ``NexusError/unknownZone(_:)`` for a bad draft,
    ///   ``NexusError/workHoursTooLong(from:)`` when the rules' merged sessions would last
    ///   more than 24 hours on some day of the coming year. A refused change changes nothing.
    /// - Complexity: O(rules × 400 days) to check lengths, plus O(sessions loaded).
    @discardableResult
    public mutating func replaceWorkHourRules(
        with drafts: [WorkHourRuleDraft], at time: Double, observer: NexusObserver = { _ in }
    ) throws(NexusError) -> [WorkHourRule] {
        for draft in drafts {
            guard !draft.weekdays.isEmpty else { throw .noWeekdays }
            guard (try? Zone(identifier: draft.zoneIdentifier)) != nil else {
                throw .unknownZone(draft.zoneIdentifier)
            }
        }
        let now = prepareCommand(at: time, observer)
        defer { settleStartPrompt(observer) }
        var rules: [WorkHourRule] = []
        var nextID = live.nextWorkHourRuleID
        for draft in drafts where !rules.contains(where: { WorkHourRuleDraft($0) == draft }) {
            let rule: WorkHourRule
            if let kept = ruleTable.records.first(where: { WorkHourRuleDraft($0) == draft }) {
                rule = kept
            } else {
                rule = WorkHourRule(
                    id: nextID, weekdays: draft.weekdays, start: draft.start, end: draft.end,
                    zoneIdentifier: draft.zoneIdentifier)
                nextID += 1
            }
            rules.append(rule)
        }
        // Checked over the coming year, so no DST day or weekday mix slips through.
        let coming = WorkHourRule.mergedSpans(
            of: rules, after: now - 2 * 86_400, through: now + 400 * 86_400)
        if let long = coming.first(where: { $0.length > Self.longestSession }) {
            // A chain of overlaps may run through the whole window: name it from now on.
            throw .workHoursTooLong(from: max(long.start, now))
        }
        live.nextWorkHourRuleID = nextID
        for old in ruleTable.records where !rules.contains(where: { $0.id == old.id }) {
            touched.rules.remove(old.id)
            touched.removedRules.insert(old.id)
        }
        ruleTable.removeAll()
        for rule in rules {
            ruleTable.put(rule)
            touched.rules.insert(rule.id)
            touched.removedRules.remove(rule.id)
        }
        rebuildAutomaticSessions(at: now, observer)
        return rules
    }

    /// Adds a work-hour rule to those in force and returns its id (see
    /// ``replaceWorkHourRules(with:at:observer:)``, which it calls).
    ///
    /// - Parameters:
    ///   - zone: where the wall times are read; the caller passes the user's local zone
    ///     unless another is given (the model never reads the environment).
    /// - Throws: as ``replaceWorkHourRules(with:at:observer:)`` does.
    @discardableResult
    public mutating func addWorkHourRule(
        weekdays: Set<Weekday>, from start: WallTime, to end: WallTime, zone: Zone,
        at time: Double, observer: NexusObserver = { _ in }
    ) throws(NexusError) -> Int {
        let draft = WorkHourRuleDraft(weekdays: weekdays, start: start, end: end, zone: zone)
        let rules = try replaceWorkHourRules(
            with: ruleTable.records.map(WorkHourRuleDraft.init) + [draft], at: time,
            observer: observer)
        return rules.first { WorkHourRuleDraft($0) == draft }?.id ?? live.nextWorkHourRuleID - 1
    }

    /// Removes every work-hour rule: the automatic session under way ends now; ended sessions
    /// stay (they are history).
    public mutating func removeAllWorkHourRules(
        at time: Double, observer: NexusObserver = { _ in }
    ) {
        // An empty set of rules has nothing to refuse.
        _ = try? replaceWorkHourRules(with: [], at: time, observer: observer)
    }

    /// When the next session starts after `time` (exclusive), from loaded sessions and the
    /// rules; nil when none starts within eight days.
    public func nextSessionStart(after time: Double) -> Double? {
        var best = sessionTable.records.lazy.map(\.start).filter { $0 > time }.min()
        for span in WorkHourRule.sessionSpans(
            of: ruleTable.records, after: time, through: time + 8 * 86_400)
        {
            // A span an existing session already covers gives no new start.
            guard
                let piece = span.uncovered(by: sessionTable.records).first(where: {
                    $0.start > time
                })
            else { continue }
            best = min(best ?? piece.start, piece.start)
            break
        }
        return best
    }

    /// Creates the automatic sessions whose start falls in `(previous, time]`, once each: the
    /// rules' merged spans, cut to at most 24 hours and around the sessions already there.
    ///
    /// - Complexity: O(d + s log s) for a jump over d days with s sessions loaded: the
    ///   loaded sessions are scanned once, and each span looks only at its neighbours (a
    ///   10-year jump creates its 2,600 sessions in linear time, not 2,600 scans of them).
    mutating func generateAutomaticSessions(after previous: Double?, through time: Double) {
        guard let previous, previous < time else { return }
        let spans = WorkHourRule.sessionSpans(
            of: ruleTable.records, after: previous, through: time
        ).map(limited)
        guard let first = spans.first, let last = spans.last else { return }
        // Merged spans are disjoint and in time order, and the sessions made for one lie
        // inside it: only the sessions there before the jump can cover a later span.
        let nearby = sessionTable.records.filter { $0.end > first.start && $0.start < last.end }
            .sorted { $0.start < $1.start }
        var from = 0
        for span in spans {
            while from < nearby.count, nearby[from].end <= span.start { from += 1 }
            var through = from
            while through < nearby.count, nearby[through].start < span.end { through += 1 }
            addAutomaticSessions(span, around: Array(nearby[from..<through]))
        }
    }

    /// Rebuilds, at `now`, the automatic sessions that have not ended for the rules now in
    /// force: the one under way takes the span the rules give for now (or ends now); those
    /// ahead are dropped, to be generated again as time reaches them.
    private mutating func rebuildAutomaticSessions(at now: Double, _ observer: NexusObserver) {
        let before = activeSession(at: now)
        var underWay: [SessionRecord] = []
        for session in sessionTable.records where session.isAutomatic && session.end > now {
            sessionTable.remove(session.id)
            if session.start <= now {
                underWay.append(session)
            } else {
                touched.sessions.remove(session.id)
                touched.removedSessions.insert(session.id)
            }
        }
        underWay.sort { $0.start < $1.start }
        let current = WorkHourRule.sessionSpans(
            of: ruleTable.records, after: now - 3 * 86_400, through: now
        ).last { $0.start <= now && now < $0.end }
        var pieces = current.map { limited($0).uncovered(by: sessionTable.records) } ?? []
        pieces.removeAll { $0.end <= now }
        var reused = underWay.makeIterator()
        for piece in pieces {
            let existing = piece.start <= now ? reused.next() : nil
            let session = SessionRecord(
                id: existing?.id ?? live.nextSessionID, start: piece.start, end: piece.end,
                ruleID: piece.ruleID)
            if existing == nil { live.nextSessionID += 1 }
            putSession(session)
            if existing == nil, session.contains(now) { observer(.sessionStarted(session)) }
        }
        // The sessions under way that the new rules do not continue end now.
        while let session = reused.next() {
            if session.start < now {
                var ended = session
                ended.end = now
                putSession(ended)
                observer(.sessionEnded(ended))
            } else {
                touched.sessions.remove(session.id)
                touched.removedSessions.insert(session.id)
            }
        }
        let after = activeSession(at: now)
        guard after != before else { return }
        if let interval = currentInterval, interval.kind == .startPrompt {
            finishCurrentInterval(at: now, observer)
        }
        showStartPrompt(at: now, observer)
    }

    /// `span` cut to the longest a session may last.
    private func limited(_ span: SessionSpan) -> SessionSpan {
        var span = span
        span.end = min(span.end, span.start + Self.longestSession)
        return span
    }

    /// Records the parts of `span` that none of `sessions` (those loaded near it) covers, as
    /// automatic sessions.
    private mutating func addAutomaticSessions(
        _ span: SessionSpan, around sessions: [SessionRecord]
    ) {
        for piece in span.uncovered(by: sessions) {
            let session = SessionRecord(
                id: live.nextSessionID, start: piece.start, end: piece.end, ruleID: piece.ruleID)
            live.nextSessionID += 1
            putSession(session)
        }
    }
}
