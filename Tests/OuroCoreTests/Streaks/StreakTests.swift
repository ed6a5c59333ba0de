import OuroCore
import Testing

@Suite struct StreakTests {
    @Test func defaultStreakRunsFiveFiveTenFiveTwentyFiveThirtyTen() throws {
        var nexus = Nexus()
        let id = try nexus.addIntention(title: "write", at: 0)
        #expect(try nexus.startPomodoro(intention: id, at: 0) == .started(pomodoroID: 1))
        nexus.advance(to: 600)
        #expect(nexus.currentInterval?.kind == .gracePeriod)
        #expect(try nexus.startPomodoro(intention: id, at: 600) == .continued(pomodoroID: 3))
        nexus.advance(to: 1500)
        _ = try nexus.startPomodoro(intention: id, at: 1500)
        nexus.advance(to: 3000)
        _ = try nexus.startPomodoro(intention: id, at: 3000)
        nexus.advance(to: 10_000)
        #expect(
            spans(nexus) == [
                "pomodoro 0-300", "break 300-600", "pomodoro 600-1200", "break 1200-1500",
                "pomodoro 1500-2700", "break 2700-3000", "pomodoro 3000-4800",
                "break 4800-5400",
            ])
        #expect(nexus.currentInterval == nil)
        #expect(nexus.live.streak == nil)
        #expect(
            nexus.intervals.filter { $0.kind == .pomodoro }.map(\.indexInStreak) == [0, 1, 2, 3])
        #expect(Set(nexus.intervals.map(\.streakID)) == [1])
    }

    @Test func graceLastsAThirdOfTheNextPomodoro() throws {
        var (nexus, _) = try pomodoroStartedAtZero()
        nexus.advance(to: 601)
        let grace = try #require(nexus.currentInterval)
        #expect(grace.kind == .gracePeriod)
        #expect(grace.start == 600)
        #expect(grace.end == 800)
    }

    @Test func lateStartInGraceIsBackdatedAndEndsOnTime() throws {
        var (nexus, id) = try pomodoroStartedAtZero()
        let log = EventLog()
        #expect(
            try nexus.startPomodoro(intention: id, at: 799, observer: log.record)
                == .continued(pomodoroID: 3))
        let pomodoro = try #require(nexus.currentInterval)
        #expect(pomodoro.kind == .pomodoro)
        #expect(pomodoro.start == 600)
        #expect(pomodoro.end == 1200)
        #expect(pomodoro.indexInStreak == 1)
        #expect(
            log.lines == [
                "end pomodoro 0-300", "review 1", "start break 300-600", "end break 300-600",
                "start gracePeriod 600-800", "end gracePeriod 600-799", "start pomodoro 600-1200",
            ])
    }

    @Test func graceExpiresAtItsExactEndAndTheStreakEnds() throws {
        var (nexus, id) = try pomodoroStartedAtZero()
        nexus.advance(to: 799.5)
        #expect(nexus.currentInterval?.kind == .gracePeriod)
        nexus.advance(to: 800)
        #expect(nexus.currentInterval == nil)
        #expect(nexus.live.streak == nil)
        #expect(try nexus.startPomodoro(intention: id, at: 800) == .started(pomodoroID: 4))
        #expect(nexus.currentInterval?.start == 800)
        #expect(nexus.currentInterval?.end == 1100)
        #expect(nexus.currentInterval?.indexInStreak == 0)
        #expect(nexus.currentInterval?.streakID == 4)
    }

    @Test func customRulesAreFollowedAndEndAfterTheirLastBreak() throws {
        var nexus = Nexus()
        let rules = try #require(StreakRules(minutes: [(25, 5), (50, 10)]))
        nexus.setStreakRules(rules, at: 0)
        let id = try nexus.addIntention(title: "write", at: 0)
        try nexus.startPomodoro(intention: id, at: 0)
        nexus.advance(to: 1800)
        #expect(nexus.currentInterval?.kind == .gracePeriod)
        #expect(nexus.currentInterval?.end == 2800)
        try nexus.startPomodoro(intention: id, at: 1800)
        nexus.advance(to: 100_000)
        #expect(
            spans(nexus) == [
                "pomodoro 0-1500", "break 1500-1800", "pomodoro 1800-4800", "break 4800-5400",
            ])
        #expect(nexus.currentInterval == nil)
    }

    @Test func rulesEndingWithAPomodoroEndTheStreakAtItsEnd() throws {
        var nexus = Nexus()
        nexus.setStreakRules(try #require(StreakRules(minutes: [(5, nil)])), at: 0)
        let id = try nexus.addIntention(title: "write", at: 0)
        try nexus.startPomodoro(intention: id, at: 0)
        nexus.advance(to: 1000)
        #expect(spans(nexus) == ["pomodoro 0-300"])
        #expect(nexus.live.streak == nil)
    }

    @Test func changingRulesMidStreakAffectsOnlyTheNextStreak() throws {
        var (nexus, _) = try pomodoroStartedAtZero()
        nexus.setStreakRules(try #require(StreakRules(minutes: [(1, 1)])), at: 10)
        nexus.advance(to: 400)
        #expect(nexus.currentInterval?.kind == .break)
        #expect(nexus.currentInterval?.end == 600)
    }

    @Test func invalidRulesAreRejected() {
        #expect(StreakRules(steps: []) == nil)
        #expect(StreakRules(steps: [StreakStep(.break, length: 300)]) == nil)
        #expect(StreakRules(steps: [StreakStep(.pomodoro, length: 0)]) == nil)
        #expect(StreakRules(steps: [StreakStep(.pomodoro, length: .infinity)]) == nil)
    }

    @Test func advancingBackwardsIsANoOp() throws {
        var nexus = Nexus()
        let id = try nexus.addIntention(title: "write", at: 1000)
        try nexus.startPomodoro(intention: id, at: 1000)
        let before = nexus.snapshot
        let log = EventLog()
        nexus.advance(to: 999, observer: log.record)
        nexus.advance(to: -.infinity, observer: log.record)
        nexus.advance(to: .nan, observer: log.record)
        #expect(nexus.snapshot == before)
        #expect(log.events.isEmpty)
        #expect(nexus.now == 1000)
    }

    @Test func advancingWhileIdleJumpsWithoutInventingIntervals() {
        var nexus = Nexus()
        let log = EventLog()
        nexus.advance(to: 0, observer: log.record)
        nexus.advance(to: 1_000_000, observer: log.record)
        #expect(nexus.intervals.isEmpty)
        #expect(log.events.isEmpty)
        #expect(nexus.now == 1_000_000)
    }

    @Test func progressIsReportedOnceAtTheEndOfAnAdvance() throws {
        var (nexus, _) = try pomodoroStartedAtZero()
        let log = EventLog()
        nexus.advance(to: 450, observer: log.record)
        guard case .intervalProgressed(let interval, let at, let fraction) = log.events.last else {
            Issue.record("no progress event")
            return
        }
        #expect(interval.kind == .break)
        #expect(at == 450)
        #expect(fraction == 0.5)
        #expect(
            log.events.count(where: { if case .intervalProgressed = $0 { true } else { false } })
                == 1)
    }
}
