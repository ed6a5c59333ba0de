import OuroCore
import Testing

@Suite struct StartResultTests {
    @Test func everyIntervalKindGivesItsAnswer() throws {
        var nexus = Nexus()
        let id = try nexus.addIntention(title: "write", at: 0)
        #expect(try nexus.startPomodoro(intention: id, at: 0) == .started(pomodoroID: 1))
        #expect(try nexus.startPomodoro(intention: id, at: 100) == .alreadyStarted(pomodoroID: 1))
        #expect(try nexus.startPomodoro(intention: id, at: 400) == .onBreak(breakID: 2))
        #expect(try nexus.startPomodoro(intention: id, at: 700) == .continued(pomodoroID: 3))
        #expect(nexus.intervals.map(\.kind) == [.pomodoro, .break, .pomodoro])
    }

    @Test func startingDuringAPromptEndsItAndStartsANewStreakNow() throws {
        var nexus = Nexus()
        try nexus.addSession(from: 1000, to: 2000, at: 900)
        let id = try nexus.addIntention(title: "write", at: 900)
        nexus.advance(to: 1100)
        #expect(nexus.currentInterval?.kind == .startPrompt)
        let log = EventLog()
        #expect(
            try nexus.startPomodoro(intention: id, at: 1200, observer: log.record)
                == .started(pomodoroID: 2))
        #expect(log.lines == ["end startPrompt 1100-1200", "start pomodoro 1200-1500"])
        #expect(spans(nexus) == ["startPrompt 1100-1200", "pomodoro 1200-1500"])
    }

    @Test func completedAndAbandonedIntentionsAreRefused() throws {
        var nexus = Nexus()
        let done = try nexus.addIntention(title: "done", at: 0)
        try nexus.startPomodoro(intention: done, at: 0)
        try nexus.evaluate(pomodoro: 1, as: .achieved, at: 100)
        let dropped = try nexus.addIntention(title: "dropped", at: 100)
        try nexus.abandon(dropped, at: 100)
        nexus.advance(to: 10_000)
        let before = nexus.snapshot
        #expect(throws: NexusError.intentionCompleted(done)) {
            try nexus.startPomodoro(intention: done, at: 10_000)
        }
        #expect(throws: NexusError.intentionAbandoned(dropped)) {
            try nexus.startPomodoro(intention: dropped, at: 10_000)
        }
        #expect(throws: NexusError.noSuchIntention(99)) {
            try nexus.startPomodoro(intention: 99, at: 10_000)
        }
        #expect(nexus.snapshot == before)
    }
}
