import OuroCore

extension LiveState {
    /// The live state in the model's compact binary form: a snapshot with no records.
    var blob: [UInt8] {
        NexusSnapshot(live: self, intentions: [], intervals: [], sessions: [], workHourRules: [])
            .encoded()
    }

    /// The live state a ``blob`` holds.
    ///
    /// - Throws: `NexusError.corruptSnapshot` when the bytes are not one, or when a value
    ///   lies outside its ``StoredRange`` (an instant, an id or counter, a streak's plan).
    init(blob: [UInt8]) throws(NexusError) {
        self = try NexusSnapshot(encoded: blob).live
        if let reason = rangeViolation { throw .corruptSnapshot("live state: " + reason) }
    }

    /// Why a value of the live state is out of range, or nil when every value is in range.
    private var rangeViolation: String? {
        let counters: [(String, Int?)] = [
            ("current interval", currentIntervalID), ("streak", streak?.streakID),
            ("streak pomodoros", streak?.pomodoros), ("awaiting review", awaitingReviewID),
            ("next intention id", nextIntentionID), ("next interval id", nextIntervalID),
            ("next session id", nextSessionID), ("next work-hour rule id", nextWorkHourRuleID),
            ("next pomodoro number", nextPomodoroNumber),
        ]
        for case (let name, let value?) in counters {
            if let reason = StoredRange.violation(name, value, StoredRange.counter) {
                return reason
            }
        }
        if let now, let reason = StoredRange.violation("time", now, StoredRange.time) {
            return reason
        }
        let plans = [("streak rules", streakRules.steps), ("streak", streak?.remaining ?? [])]
        for (name, steps) in plans {
            if let reason = StoredRange.violation(
                "\(name) step count", steps.count, StoredRange.streakSteps)
            {
                return reason
            }
            for step in steps {
                if let reason = StoredRange.violation(
                    "\(name) step", step.length, StoredRange.stepLength)
                {
                    return reason
                }
            }
        }
        return nil
    }
}
