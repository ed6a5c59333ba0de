import OuroCore
import Testing

/// model.md: the prompt is decided at the end of every command, so a start prompt's
/// `pointsBeforeLoss` equals the session's ideal score at every instant.
@Suite struct PromptSettlingTests {
    @Test func anEstimateDuringAPromptRaisesItsPoints() throws {
        var nexus = Nexus()
        try nexus.addSession(from: 1_000, to: 2_000, at: 0)
        let id = try nexus.addIntention(title: "write", at: 0)
        nexus.advance(to: 1_100)
        let before = try #require(nexus.currentInterval)
        #expect(before.kind == .startPrompt)
        try nexus.estimate(id, duration: 600, at: 1_160)
        let after = try #require(nexus.currentInterval)
        // The same prompt (no new interval), with the estimate's point counted.
        #expect(after.id == before.id)
        #expect(after.start == before.start)
        #expect(after.pointsBeforeLoss == (before.pointsBeforeLoss ?? 0) + 1)
        let session = try #require(nexus.activeSession)
        #expect(after.pointsBeforeLoss == nexus.idealScore(of: session))
    }

    @Test func aSessionAddedWhileUnderWayPromptsAtOnce() throws {
        var nexus = Nexus()
        try nexus.addSession(from: 1_000, to: 2_000, at: 1_100)
        let prompt = try #require(nexus.currentInterval)
        #expect(prompt.kind == .startPrompt)
        #expect(prompt.start == 1_100)
        #expect(prompt.end == 1_400)
        #expect(prompt.pointsBeforeLoss == 21.25)
        #expect(prompt.pointsAfterLoss == 15.25)
    }

    @Test func newStreakRulesDuringAPromptTakeEffectInIt() throws {
        let rules = try #require(StreakRules(minutes: [(pomodoro: 7, rest: 3)]))
        var changed = Nexus()
        try changed.addSession(from: 1_000, to: 2_000, at: 0)
        changed.advance(to: 1_100)
        changed.setStreakRules(rules, at: 1_100)
        // The same prompt as a model that had the rules all along.
        var planned = Nexus()
        planned.setStreakRules(rules, at: 0)
        try planned.addSession(from: 1_000, to: 2_000, at: 0)
        planned.advance(to: 1_100)
        let prompt = try #require(changed.currentInterval)
        let expected = try #require(planned.currentInterval)
        #expect(prompt.kind == .startPrompt)
        #expect(prompt.pointsBeforeLoss == expected.pointsBeforeLoss)
        #expect(prompt.pointsAfterLoss == expected.pointsAfterLoss)
        #expect(prompt.end == expected.end)
        let session = try #require(changed.activeSession)
        #expect(prompt.pointsBeforeLoss == changed.idealScore(of: session))
    }
}
