import OuroCore
import Testing

@Suite struct EvaluationTests {
    @Test func achievingTheRunningPomodoroStartsTheFullBreakNow() throws {
        var (nexus, id) = try pomodoroStartedAtZero()
        let log = EventLog()
        try nexus.evaluate(pomodoro: 1, as: .achieved, at: 120, observer: log.record)
        #expect(log.lines == ["end pomodoro 0-120", "start break 120-420"])
        #expect(nexus.intention(id)?.isCompleted == true)
        #expect(nexus.intention(id)?.workedSeconds == 120)
        #expect(nexus.awaitingReview == nil)
    }

    @Test func otherResultsNeverShortenAPomodoro() throws {
        var (nexus, _) = try pomodoroStartedAtZero()
        for result in [EvaluationResult.distracted, .interrupted, .focused] {
            try nexus.evaluate(pomodoro: 1, as: result, at: 100)
            #expect(nexus.currentInterval?.end == 300)
            #expect(nexus.currentInterval?.kind == .pomodoro)
        }
    }

    @Test func theLastEvaluationStands() throws {
        var (nexus, id) = try pomodoroStartedAtZero()
        nexus.advance(to: 400)
        try nexus.evaluate(pomodoro: 1, as: .achieved, at: 400)
        #expect(nexus.intention(id)?.completion?.at == 400)
        try nexus.evaluate(pomodoro: 1, as: .distracted, at: 500)
        #expect(nexus.interval(1)?.evaluation == Evaluation(result: .distracted, at: 500))
        #expect(nexus.intention(id)?.isCompleted == false)
        #expect(nexus.score(from: 0, through: 1000) == 3 + 1 + 0.1)
    }

    @Test func achievedIsOnlyForTheIntentionsLastPomodoro() throws {
        var (nexus, id) = try pomodoroStartedAtZero()
        try nexus.startPomodoro(intention: id, at: 700)
        #expect(throws: NexusError.achievedNotOnLastPomodoro(pomodoro: 1, intention: id)) {
            try nexus.evaluate(pomodoro: 1, as: .achieved, at: 800)
        }
        try nexus.evaluate(pomodoro: 1, as: .focused, at: 800)
        try nexus.evaluate(pomodoro: 3, as: .achieved, at: 900)
        #expect(nexus.intention(id)?.completion?.pomodoroID == 3)
        #expect(throws: NexusError.noSuchPomodoro(2)) {
            try nexus.evaluate(pomodoro: 2, as: .focused, at: 900)
        }
    }

    @Test func anEndedPomodoroAwaitsReviewUntilEvaluated() throws {
        var (nexus, _) = try pomodoroStartedAtZero()
        #expect(nexus.awaitingReview == nil)
        nexus.advance(to: 301)
        #expect(nexus.awaitingReview?.id == 1)
        try nexus.evaluate(pomodoro: 1, as: .focused, at: 302)
        #expect(nexus.awaitingReview == nil)
    }

    /// model.md: abandoning the running pomodoro's intention ends the pomodoro and its
    /// streak now, with no break, no grace period and nothing awaiting review.
    @Test func abandoningTheRunningPomodoroEndsItAndItsStreakNow() throws {
        var (nexus, id) = try pomodoroStartedAtZero()
        let log = EventLog()
        try nexus.abandon(id, at: 100, observer: log.record)
        #expect(log.lines == ["end pomodoro 0-100"])
        #expect(nexus.currentInterval == nil)
        #expect(nexus.live.streak == nil)
        #expect(nexus.awaitingReview == nil)
        #expect(nexus.interval(1)?.end == 100)
        #expect(nexus.intention(id)?.workedSeconds == 100)
        #expect(nexus.intention(id)?.isAbandoned == true)
        #expect(nexus.intention(id)?.modified == 100)
        nexus.advance(to: 10_000, observer: log.record)
        #expect(log.lines == ["end pomodoro 0-100"])
        // Nothing locks the user out: another intention starts a new streak at once.
        let other = try nexus.addIntention(title: "read", at: 10_000)
        #expect(try nexus.startPomodoro(intention: other, at: 10_000) == .started(pomodoroID: 2))
        #expect(nexus.currentInterval?.indexInStreak == 0)
    }

    /// Inside a session a start prompt follows the abandoned pomodoro at once.
    @Test func abandoningInsideASessionPromptsAtOnce() throws {
        var nexus = Nexus()
        try nexus.addSession(from: 1000, to: 9000, at: 900)
        let id = try nexus.addIntention(title: "write", at: 1000)
        try nexus.startPomodoro(intention: id, at: 1000)
        let log = EventLog()
        try nexus.abandon(id, at: 1060, observer: log.record)
        #expect(log.lines.first == "end pomodoro 1000-1060")
        #expect(log.lines.count == 2)
        #expect(log.lines.last?.hasPrefix("start startPrompt 1060-") == true)
        #expect(nexus.currentInterval?.kind == .startPrompt)
        #expect(nexus.currentInterval?.start == 1060)
        #expect(nexus.awaitingReview == nil)
        #expect(nexus.live.streak == nil)
    }

    /// An abandoned intention's pomodoro cannot be achieved; the refusal speaks of the
    /// evaluation, not of starting.
    @Test func achievedIsRefusedOnAnAbandonedIntention() throws {
        var (nexus, id) = try pomodoroStartedAtZero()
        try nexus.abandon(id, at: 100)
        #expect(throws: NexusError.achievedOnAbandoned(pomodoro: 1, intention: id)) {
            try nexus.evaluate(pomodoro: 1, as: .achieved, at: 200)
        }
        #expect(
            NexusError.achievedOnAbandoned(pomodoro: 1, intention: id).description
                == "pomodoro 1 cannot be achieved: intention 1 is abandoned; "
                + "evaluate it distracted, interrupted or focused")
        try nexus.evaluate(pomodoro: 1, as: .focused, at: 200)
        #expect(nexus.interval(1)?.evaluation?.result == .focused)
    }

    @Test func abandoningAnotherIntentionOnlySetsTheFlag() throws {
        var nexus = Nexus()
        let running = try nexus.addIntention(title: "write", at: 0)
        let other = try nexus.addIntention(title: "read", at: 0)
        try nexus.startPomodoro(intention: running, at: 0)
        try nexus.abandon(other, at: 100)
        #expect(nexus.currentInterval?.end == 300)
        nexus.advance(to: 700)
        #expect(nexus.currentInterval?.kind == .gracePeriod)
        #expect(throws: NexusError.intentionAbandoned(other)) {
            try nexus.evaluate(pomodoro: 1, as: .focused, at: 700)
            try nexus.startPomodoro(intention: other, at: 700)
        }
    }

    @Test func editingChangesTheModifiedTime() throws {
        var nexus = Nexus()
        let id = try nexus.addIntention(title: "write", description: "a", at: 10)
        try nexus.editIntention(id, title: "rewrite", at: 20)
        let intention = try #require(nexus.intention(id))
        #expect(intention.title == "rewrite")
        #expect(intention.description == "a")
        #expect(intention.created == 10)
        #expect(intention.modified == 20)
        #expect(throws: NexusError.noSuchIntention(7)) { try nexus.editIntention(7, at: 30) }
        #expect(throws: NexusError.invalidDuration(-1)) {
            try nexus.estimate(id, duration: -1, at: 30)
        }
    }
}
