import OuroCore
import Testing

@Suite struct StartPromptTests {
    @Test func theSpecExamplePromptsFrom1100To1400() throws {
        var nexus = Nexus()
        try nexus.addSession(from: 1000, to: 2000, at: 900)
        let log = EventLog()
        nexus.advance(to: 1100, observer: log.record)
        let prompt = try #require(nexus.currentInterval)
        #expect(prompt.kind == .startPrompt)
        #expect(prompt.start == 1100)
        #expect(prompt.end == 1400)
        #expect(prompt.pointsBeforeLoss == 21.25)
        #expect(prompt.pointsAfterLoss == 15.25)
        #expect(log.lines == ["session start 1000", "start startPrompt 1100-1400"])
    }

    @Test func promptsFollowEachOtherInsideTheSession() throws {
        var nexus = Nexus()
        try nexus.addSession(from: 1000, to: 2000, at: 900)
        nexus.advance(to: 1100)
        nexus.advance(to: 1399)
        #expect(nexus.currentInterval?.pointsBeforeLoss == 21.25)
        // At 1400 the prompt expires and the next one starts at that instant, its figures
        // taken as from 1401: pomodoro 1401–1701 (3 + 1 + 1.25 + 10); the break would end
        // past 2000. Lost by 1700; from 1701 only the pomodoro's start (3 + 1) is left.
        nexus.advance(to: 1400)
        let next = try #require(nexus.currentInterval)
        #expect(next.kind == .startPrompt)
        #expect(next.start == 1400)
        #expect(next.end == 1700)
        #expect(next.pointsBeforeLoss == 15.25)
        #expect(next.pointsAfterLoss == 4)
        nexus.advance(to: 1500)
        #expect(nexus.currentInterval == next)
        #expect(spans(nexus) == ["startPrompt 1100-1400", "startPrompt 1400-1700"])
    }

    @Test func thePromptAtTheExpirySecondLeavesNoIdleInstant() throws {
        var nexus = Nexus()
        try nexus.addSession(from: 1000, to: 2000, at: 900)
        let log = EventLog()
        nexus.advance(to: 1100, observer: log.record)
        // Straight to the second the first prompt expires, then to the next expiry.
        nexus.advance(to: 1400, observer: log.record)
        #expect(nexus.currentInterval?.kind == .startPrompt)
        #expect(nexus.currentInterval?.start == 1400)
        nexus.advance(to: 1700, observer: log.record)
        // From 1701 only a pomodoro start fits (3 + 1); it is lost by 2000, and from 2001
        // nothing is left.
        let last = try #require(nexus.currentInterval)
        #expect(last.kind == .startPrompt)
        #expect(last.start == 1700)
        #expect(last.end == 2000)
        #expect(last.pointsBeforeLoss == 4)
        #expect(last.pointsAfterLoss == 0)
        #expect(
            log.lines == [
                "session start 1000", "start startPrompt 1100-1400",
                "end startPrompt 1100-1400", "start startPrompt 1400-1700",
                "end startPrompt 1400-1700", "start startPrompt 1700-2000",
            ])
        nexus.advance(to: 2000)
        #expect(nexus.currentInterval == nil)
    }

    @Test func aPromptCountsThePointsAlreadyEarnedInTheSession() throws {
        // Issue #10's reproduction: intention at 0, session 1000–5000, a pomodoro at 1100
        // left unevaluated; its break ends at 1700, the grace period at 1900.
        var nexus = Nexus()
        let id = try nexus.addIntention(title: "a", at: 0)
        let sessionID = try nexus.addSession(from: 1000, to: 5000, at: 0)
        let session = try #require(nexus.session(sessionID))
        try nexus.startPomodoro(intention: id, at: 1100)
        nexus.advance(to: 1903)
        let prompt = try #require(nexus.currentInterval)
        #expect(prompt.kind == .startPrompt)
        #expect(prompt.start == 1903)
        #expect(prompt.end == 2000)
        // Earned: the pomodoro's start (1) and its break (1); ahead 61.75 from 1903.
        #expect(nexus.score(from: 1000, through: 1903) == 2)
        #expect(prompt.pointsBeforeLoss == 63.75)
        #expect(prompt.pointsAfterLoss == 52.75)
        #expect(nexus.idealScore(of: session) == 63.75)
    }

    @Test func aPromptEqualsTheSessionsIdealAtItsStart() throws {
        var nexus = Nexus()
        let id = try nexus.addIntention(title: "a", estimate: 600, at: 900)
        let sessionID = try nexus.addSession(from: 1000, to: 9000, at: 900)
        let session = try #require(nexus.session(sessionID))
        try nexus.startPomodoro(intention: id, at: 1000)
        try nexus.evaluate(pomodoro: 2, as: .focused, at: 1200)
        for time in stride(from: 1300.0, through: 8900, by: 700) {
            nexus.advance(to: time)
            guard let prompt = nexus.currentInterval, prompt.kind == .startPrompt,
                prompt.start == time
            else { continue }
            #expect(prompt.pointsBeforeLoss == nexus.idealScore(of: session))
        }
        #expect(nexus.intervals.contains { $0.kind == .startPrompt })
    }

    @Test func advancingExactlyToASessionStartDoesNotHang() throws {
        var nexus = Nexus()
        try nexus.addSession(from: 1000, to: 2000, at: 0)
        nexus.advance(to: 1000)
        #expect(nexus.activeSession?.start == 1000)
        #expect(nexus.currentInterval?.start == 1000)
        #expect(nexus.currentInterval?.end == 1400)
        #expect(nexus.currentInterval?.pointsBeforeLoss == 21.25)
    }

    @Test func noPromptOutsideASessionOrWhileBusy() throws {
        var nexus = Nexus()
        try nexus.addSession(from: 1000, to: 2000, at: 0)
        nexus.advance(to: 999)
        #expect(nexus.currentInterval == nil)
        nexus.advance(to: 2000)
        #expect(nexus.currentInterval == nil)
        #expect(nexus.activeSession == nil)
        var busy = Nexus()
        try busy.addSession(from: 1000, to: 2000, at: 0)
        let id = try busy.addIntention(title: "write", at: 990)
        try busy.startPomodoro(intention: id, at: 990)
        busy.advance(to: 1100)
        #expect(busy.currentInterval?.kind == .pomodoro)
    }

    @Test func theIdealFutureDoesNotCopyTheHistory() throws {
        // With nine intentions already created, placeholders earn no creation points.
        var nexus = Nexus()
        for index in 0..<9 { try nexus.addIntention(title: "i\(index)", at: 0) }
        try nexus.addSession(from: 1000, to: 2000, at: 0)
        nexus.advance(to: 1100)
        #expect(nexus.currentInterval?.pointsBeforeLoss == 21.25 - 6)
        #expect(nexus.intentions.count == 9)
        #expect(nexus.live.nextIntentionID == 10)
    }

    @Test func perfectScoreIsTheIdealFutureFromTheSessionStart() throws {
        var nexus = Nexus()
        let session = try nexus.addSession(from: 1000, to: 2000, at: 0)
        let record = try #require(nexus.session(session))
        // Pomodoro 1000–1300 (3 + 1 + 1.25 + 10), break to 1600 (1), pomodoro 1600 (3 + 2).
        #expect(nexus.perfectScore(of: record) == 21.25)
        #expect(nexus.idealScore(of: record) == 21.25)
        nexus.advance(to: 1100)
        #expect(nexus.idealScore(of: record) == 21.25)
    }

    @Test func idealScoreContinuesTheLiveStreak() throws {
        var nexus = Nexus()
        let sessionID = try nexus.addSession(from: 1000, to: 2000, at: 0)
        let session = try #require(nexus.session(sessionID))
        let id = try nexus.addIntention(title: "write", at: 1000)
        try nexus.startPomodoro(intention: id, at: 1000)
        nexus.advance(to: 1100)
        // Earned: created 3 + set 1. Ahead: achieved 1.25 + completed 10 at 1300, the break
        // at 1600 (1), then a placeholder continues at 1600 (created 3 + set 2).
        #expect(nexus.score(from: 1000, through: 2000) == 4)
        #expect(nexus.idealScore(of: session) == 21.25)
        try nexus.evaluate(pomodoro: 2, as: .distracted, at: 1300)
        nexus.advance(to: 1700)
        // Earned 4 + 0.1 + 1; the grace period is continued at once by a placeholder (3 + 2).
        #expect(abs(nexus.idealScore(of: session) - 10.1) < 1e-9)
    }
}
