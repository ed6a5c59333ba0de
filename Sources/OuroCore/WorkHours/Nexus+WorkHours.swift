import TimerTree

extension Nexus {
    /// Adds a work-hour rule and returns its id. If one of its sessions is under way now,
    /// that session is created (and reported started) at once.
    ///
    /// - Parameters:
    ///   - zone: where the wall times are read; the caller passes the user's local zone
    ///     unless another is given (the model never reads the environment).
    /// - Throws: ``NexusError/noWeekdays`` for an empty set of days.
    @discardableResult
    public mutating func addWorkHourRule(
        weekdays: Set<Weekday>, from start: WallTime, to end: WallTime, zone: Zone,
        at time: Double, observer: NexusObserver = { _ in }
    ) throws(NexusError) -> Int {
        guard !weekdays.isEmpty else { throw .noWeekdays }
        let now = prepareCommand(at: time, observer)
        let rule = WorkHourRule(
            id: live.nextWorkHourRuleID, weekdays: weekdays, start: start, end: end,
            zoneIdentifier: zone.identifier)
        live.nextWorkHourRuleID += 1
        ruleTable.put(rule)
        touched.rules.insert(rule.id)
        // A session that started up to two days ago may still be under way.
        for span in rule.spans(after: now - 2 * 86_400, through: now, in: zone)
        where span.end > now {
            if let session = addAutomaticSession(span, rule: rule.id) {
                observer(.sessionStarted(session))
            }
        }
        return rule.id
    }

    /// Removes every work-hour rule; sessions already generated stay (they are history).
    public mutating func removeAllWorkHourRules(
        at time: Double, observer: NexusObserver = { _ in }
    ) {
        _ = prepareCommand(at: time, observer)
        for rule in ruleTable.records {
            touched.rules.remove(rule.id)
            touched.removedRules.insert(rule.id)
        }
        ruleTable.removeAll()
    }

    /// When the next session starts after `time` (exclusive), from loaded sessions and the
    /// rules; nil when none starts within eight days.
    public func nextSessionStart(after time: Double) -> Double? {
        var best = sessionTable.records.lazy.map(\.start).filter { $0 > time }.min()
        for rule in ruleTable.records {
            guard let zone = rule.zone,
                let first = rule.spans(after: time, through: time + 8 * 86_400, in: zone).first
            else { continue }
            best = min(best ?? first.start, first.start)
        }
        return best
    }

    /// Creates the automatic sessions whose start falls in `(previous, time]`, once each.
    mutating func generateAutomaticSessions(after previous: Double?, through time: Double) {
        guard let previous, previous < time else { return }
        for rule in ruleTable.records {
            guard let zone = rule.zone else { continue }
            for span in rule.spans(after: previous, through: time, in: zone) {
                addAutomaticSession(span, rule: rule.id)
            }
        }
    }

    /// Records an automatic session unless one with the same span is already loaded (two
    /// identical rules, or a rule replaced by an equal one, give one session).
    @discardableResult
    private mutating func addAutomaticSession(
        _ span: (start: Double, end: Double), rule: Int
    ) -> SessionRecord? {
        let exists = sessionTable.records.contains {
            $0.isAutomatic && $0.start == span.start && $0.end == span.end
        }
        guard !exists else { return nil }
        let session = SessionRecord(
            id: live.nextSessionID, start: span.start, end: span.end, ruleID: rule)
        live.nextSessionID += 1
        putSession(session)
        return session
    }
}
