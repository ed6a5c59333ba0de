import Foundation
import OuroCore
import Testing

/// model.md: "nothing done later earns points in the past". A pomodoro continued in a grace
/// period is backdated to the grace period's start, but its intention-set points count when
/// the user set it.
@Suite struct IntentionSetTimeTests {
    /// A streak whose grace period starts at 23:58:20 on day 0 (UTC) and is continued at
    /// 00:00:17 on day 1: the pomodoro starts at 23:58:20, its intention was set after
    /// midnight.
    static func continuedAfterMidnight() throws -> Nexus {
        var nexus = Nexus()
        let id = try nexus.addIntention(title: "write", at: 85_600)
        try nexus.startPomodoro(intention: id, at: 85_700)  // 5 min, then a 5 min break
        nexus.advance(to: 86_300)  // the break ends at 23:58:20: grace until 86_500
        let result = try nexus.startPomodoro(intention: id, at: 86_417)
        guard case .continued = result else {
            Issue.record("expected a continuation, got \(result)")
            return nexus
        }
        return nexus
    }

    @Test func aContinuationAfterMidnightScoresItsIntentionSetOnTheNewDay() throws {
        let nexus = try Self.continuedAfterMidnight()
        let continued = try #require(nexus.intervals.last { $0.kind == .pomodoro })
        #expect(continued.start == 86_300)
        #expect(continued.setAt == 86_417)
        #expect(continued.intentionSetTime == 86_417)
        let dayOne = nexus.scoreEvents(from: 86_400, through: 172_799)
        #expect(dayOne.contains { $0.kind == .intentionSet && $0.time == 86_417 && $0.points == 2 })
        // Day 0 keeps what it had before midnight: the intention (3), the first pomodoro's
        // set point (1) and the break (1); the continuation adds nothing to it.
        #expect(nexus.score(from: 0, through: 86_399) == 5)
    }

    @Test func aContinuationAtTheGracePeriodsStartHasNoSeparateSetTime() throws {
        var nexus = Nexus()
        let id = try nexus.addIntention(title: "write", at: 1_000)
        try nexus.startPomodoro(intention: id, at: 1_000)
        nexus.advance(to: 1_600)
        try nexus.startPomodoro(intention: id, at: 1_600)
        let continued = try #require(nexus.intervals.last { $0.kind == .pomodoro })
        #expect(continued.setAt == nil)
        #expect(continued.intentionSetTime == continued.start)
    }

    @Test func theSetTimeSurvivesTheBinaryForm() throws {
        let snapshot = try Self.continuedAfterMidnight().snapshot
        let decoded = try NexusSnapshot(encoded: snapshot.encoded())
        #expect(decoded == snapshot)
        #expect(decoded.intervals.contains { $0.setAt == 86_417 })
    }
}
