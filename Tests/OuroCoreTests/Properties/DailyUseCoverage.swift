/// How much of the ground issue #10 names a set of simulated days reached, so a change to
/// the generator cannot quietly stop exercising it.
struct DailyUseCoverage: Sendable, Hashable {
    /// Instants checked inside an active session.
    var instantsInSessions = 0
    /// Start prompts checked against the ideal.
    var promptsChecked = 0
    /// Steps that left the model at the very instant a start prompt expired.
    var promptExpiryInstants = 0
    /// Rule changes accepted while a session was active.
    var ruleChangesInSessions = 0
    /// Accepted re-evaluations of a pomodoro last evaluated on an earlier day.
    var pastDayReevaluations = 0
    /// Pomodoros started or continued.
    var pomodorosStarted = 0
    /// Pomodoros continued after midnight from a grace period that began the day before
    /// (backdated across the day boundary).
    var continuationsAcrossMidnight = 0
    /// Sessions whose span contains a change of the zone's UTC offset.
    var sessionsAcrossOffsetChanges = 0

    /// The sum of two coverages.
    static func + (lhs: DailyUseCoverage, rhs: DailyUseCoverage) -> DailyUseCoverage {
        DailyUseCoverage(
            instantsInSessions: lhs.instantsInSessions + rhs.instantsInSessions,
            promptsChecked: lhs.promptsChecked + rhs.promptsChecked,
            promptExpiryInstants: lhs.promptExpiryInstants + rhs.promptExpiryInstants,
            ruleChangesInSessions: lhs.ruleChangesInSessions + rhs.ruleChangesInSessions,
            pastDayReevaluations: lhs.pastDayReevaluations + rhs.pastDayReevaluations,
            pomodorosStarted: lhs.pomodorosStarted + rhs.pomodorosStarted,
            continuationsAcrossMidnight: lhs.continuationsAcrossMidnight
                + rhs.continuationsAcrossMidnight,
            sessionsAcrossOffsetChanges: lhs.sessionsAcrossOffsetChanges
                + rhs.sessionsAcrossOffsetChanges)
    }
}
