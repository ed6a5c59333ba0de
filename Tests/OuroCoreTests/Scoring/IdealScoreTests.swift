import OuroCore
import Testing

/// The ideal score while a pomodoro runs, and the points lost (model.md "Scoring").
@Suite struct IdealScoreTests {
    /// A model with the session 1000–2000 and a pomodoro on "write" from 1000 to 1300.
    private func pomodoroRunningFrom1000(
        estimate: Double? = nil
    ) throws -> (nexus: Nexus, session: SessionRecord, pomodoro: Int) {
        var nexus = Nexus()
        let sessionID = try nexus.addSession(from: 1000, to: 2000, at: 900)
        let id = try nexus.addIntention(title: "write", estimate: estimate, at: 1000)
        try nexus.startPomodoro(intention: id, at: 1000)
        let pomodoro = try #require(nexus.currentInterval)
        #expect(pomodoro.kind == .pomodoro)
        return (nexus, try #require(nexus.session(sessionID)), pomodoro.id)
    }

    @Test func aRunningPomodorosEvaluationIsReplacedNotAdded() throws {
        var (nexus, session, pomodoro) = try pomodoroRunningFrom1000()
        try nexus.evaluate(pomodoro: pomodoro, as: .focused, at: 1100)
        #expect(nexus.currentInterval?.id == pomodoro)
        // Earned 3 + 1 + 1.0, but the focused evaluation gives way to the ideal achieved one
        // at 1300 (1.25 + 10); the break to 1600 (1) and a placeholder at 1600 (3 + 2).
        #expect(nexus.perfectScore(of: session) == 21.25)
        #expect(nexus.idealScore(of: session) == 21.25)
        #expect(nexus.idealScore(of: session) <= nexus.perfectScore(of: session))
        #expect(nexus.pointsLost(of: session) == 0)
        try nexus.evaluate(pomodoro: pomodoro, as: .distracted, at: 1200)
        #expect(nexus.idealScore(of: session) == 21.25)
    }

    @Test func aRunningPomodoroCountsItsIntentionsEstimateAccuracy() throws {
        // An exact estimate of 300 s made at the start: accuracy and earliness 10 at 1300.
        var (nexus, session, pomodoro) = try pomodoroRunningFrom1000(estimate: 300)
        nexus.advance(to: 1100)
        // Earned 3 + 1 (estimate) + 1; ahead 1.25 + 10 + 10 at 1300, 1 + 3 + 2 at 1600.
        let ideal = nexus.idealScore(of: session)
        #expect(ideal == 32.25)
        // Doing the ideal thing keeps the ideal where it was.
        try nexus.evaluate(pomodoro: pomodoro, as: .achieved, at: 1300)
        #expect(nexus.intention(1)?.completion?.accuracyPoints == 10)
        #expect(nexus.idealScore(of: session) == ideal)
        nexus.advance(to: 1600)
        #expect(nexus.idealScore(of: session) == ideal)
    }

    @Test func pointsLostArePerfectMinusIdealNeverNegative() throws {
        var nexus = Nexus()
        let sessionID = try nexus.addSession(from: 1000, to: 2000, at: 900)
        let session = try #require(nexus.session(sessionID))
        nexus.advance(to: 1500)
        // From 1500: pomodoro 1500–1800 (3 + 1 + 1.25 + 10); the break ends past 2000.
        #expect(nexus.idealScore(of: session) == 15.25)
        #expect(nexus.pointsLost(of: session) == 21.25 - 15.25)
        // A late start can fit the streak plan better than the perfect day does: issue #10's
        // reproduction has ideal 63.75 against perfect 62.75, and nothing is lost.
        var late = Nexus()
        let id = try late.addIntention(title: "a", at: 0)
        let lateID = try late.addSession(from: 1000, to: 5000, at: 0)
        let lateSession = try #require(late.session(lateID))
        try late.startPomodoro(intention: id, at: 1100)
        late.advance(to: 1903)
        #expect(late.perfectScore(of: lateSession) == 62.75)
        #expect(late.idealScore(of: lateSession) == 63.75)
        #expect(late.pointsLost(of: lateSession) == 0)
    }
}
