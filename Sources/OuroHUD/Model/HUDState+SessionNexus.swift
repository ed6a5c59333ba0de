import OuroCore
import TimerTree

extension HUDState.Session {
    /// Today's session for the day line, or nil when today (in `zone`) has none.
    ///
    /// The session shown is the active one; otherwise the next one starting later today;
    /// otherwise the last one that ended today. Segments are its pomodoros (by evaluation)
    /// and breaks up to `now`; prompts, grace periods and gaps show as idle.
    public init?(nexus: Nexus, now: Double, zone: Zone) {
        guard let record = Self.today(nexus: nexus, now: now, zone: zone) else { return nil }
        let until = min(now, record.end)
        var segments: [HUDState.Segment] = []
        for interval in nexus.intervals(from: record.start, through: until) {
            let end = min(interval.end, until)
            guard end > interval.start else { continue }
            switch interval.kind {
            case .pomodoro:
                let evaluation = interval.evaluation.map { HUDState.Evaluation($0.result) }
                segments.append(.init(.pomodoro(evaluation), start: interval.start, end: end))
            case .break:
                segments.append(.init(.breakTime, start: interval.start, end: end))
            case .gracePeriod, .startPrompt:
                continue
            }
        }
        self.init(
            start: record.start, end: record.end,
            startClock: WallClock.time(record.start, in: zone),
            endClock: WallClock.time(record.end, in: zone), segments: segments,
            score: nexus.score(from: record.start, through: record.end),
            perfectScore: nexus.perfectScore(of: record),
            pomodorosThatFit: Self.pomodorosThatFit(nexus: nexus, now: now, session: record))
    }

    /// The session the day line shows at `now`: active, else next today, else last today.
    static func today(nexus: Nexus, now: Double, zone: Zone) -> SessionRecord? {
        let dayStart = zone.startOfDay(containing: now)
        // 26 hours on from midnight is inside the next day, even across a DST change.
        let dayEnd = zone.startOfDay(containing: dayStart + 26 * 3600)
        let today = nexus.sessions(overlapping: dayStart, dayEnd - 0.001)
        if let active = today.filter({ $0.contains(now) }).max(by: { $0.end < $1.end }) {
            return active
        }
        if let next = today.first(where: { $0.start > now }) { return next }
        return today.last { $0.end <= now }
    }

    /// How many more pomodoros can run to their end before `session` ends.
    ///
    /// The count follows the streak plan from where the model stands, taking every chance
    /// at once: idle or in a prompt, a new streak starts now (or at the session's start, for a session
    /// still ahead); during a pomodoro (which is
    /// not counted) or a break, the streak continues when it ends; in a grace period, with
    /// the pomodoro backdated to the grace period's start. When a streak's plan runs out, a
    /// new streak starts straight away. A pomodoro counts only if it ends by the session's end.
    ///
    /// - Complexity: O(pomodoros that fit).
    static func pomodorosThatFit(nexus: Nexus, now: Double, session: SessionRecord) -> Int {
        let rules = nexus.streakRules.steps
        let sessionEnd = session.end
        var time = max(now, session.start)
        var plan = rules[...]
        if let current = nexus.currentInterval {
            let remaining = nexus.live.streak?.remaining ?? []
            switch current.kind {
            case .pomodoro, .break: (time, plan) = (current.end, remaining[...])
            case .gracePeriod: (time, plan) = (current.start, remaining[...])
            case .startPrompt: break
            }
        }
        var count = 0
        while time < sessionEnd {
            if plan.isEmpty { plan = rules[...] }
            let step = plan.removeFirst()
            time += step.length
            if step.kind == .pomodoro {
                guard time <= sessionEnd else { break }
                count += 1
            }
        }
        return count
    }
}
