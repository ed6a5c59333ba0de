import OuroCore
import Testing

@Suite struct ScoringTests {
    /// The points of each event of a kind in `[0, through]`.
    private func points(_ nexus: Nexus, _ kind: ScoreKind, through end: Double = 1e9) -> [Double] {
        nexus.scoreEvents(from: 0, through: end).filter { $0.kind == kind }.map(\.points)
    }

    /// A model whose streaks are one pomodoro of `minutes` with no break.
    private func singlePomodoroStreaks(minutes: Double) throws -> Nexus {
        var nexus = Nexus()
        nexus.setStreakRules(try #require(StreakRules(minutes: [(minutes, nil)])), at: 0)
        return nexus
    }

    @Test func intentionCreatedFollowsTheThreeTwoOneZeroLadder() throws {
        var nexus = Nexus()
        for index in 0..<12 { try nexus.addIntention(title: "i\(index)", at: Double(index)) }
        #expect(points(nexus, .intentionCreated) == [3, 3, 3, 2, 2, 2, 1, 1, 1])
        #expect(nexus.score(from: 0, through: 100) == 18)
    }

    @Test func intentionSetDoublesWithTheIndexInStreak() throws {
        var (nexus, id) = try pomodoroStartedAtZero()
        try nexus.startPomodoro(intention: id, at: 600)
        try nexus.startPomodoro(intention: id, at: 1500)
        try nexus.startPomodoro(intention: id, at: 3000)
        nexus.advance(to: 6000)
        #expect(points(nexus, .intentionSet) == [1, 2, 4, 8])
        #expect(points(nexus, .breakCompleted) == [1, 1, 1, 1])
    }

    @Test func evaluationsScoreTheirResultsPoints() throws {
        var nexus = try singlePomodoroStreaks(minutes: 1)
        let id = try nexus.addIntention(title: "write", at: 0)
        for (index, result) in EvaluationResult.allCases.enumerated() {
            let start = Double(index) * 100
            try nexus.startPomodoro(intention: id, at: start)
            try nexus.evaluate(pomodoro: index + 1, as: result, at: start + 60)
        }
        #expect(points(nexus, .evaluation) == [0.1, 0.2, 1.0, 1.25])
    }

    @Test func aBreakScoresOnlyOnceItHasEnded() throws {
        var (nexus, _) = try pomodoroStartedAtZero()
        nexus.advance(to: 599)
        #expect(points(nexus, .breakCompleted).isEmpty)
        nexus.advance(to: 600)
        #expect(points(nexus, .breakCompleted) == [1])
        #expect(nexus.scoreEvents(from: 0, through: 600).last?.time == 600)
    }

    @Test func completionIsTenPlusAtMostFiveForExtraPomodoros() throws {
        for (count, expected) in [(1, 10.0), (3, 12), (6, 15), (8, 15)] {
            var nexus = try singlePomodoroStreaks(minutes: 1)
            let id = try nexus.addIntention(title: "write", at: 0)
            for index in 0..<count {
                try nexus.startPomodoro(intention: id, at: Double(index) * 100)
            }
            try nexus.evaluate(pomodoro: count, as: .achieved, at: Double(count) * 100)
            #expect(points(nexus, .intentionCompleted) == [expected])
            #expect(points(nexus, .estimateAccuracy).isEmpty)
        }
    }

    @Test func estimatesEarnAPointWithinPomodorosPlusOne() throws {
        var nexus = try singlePomodoroStreaks(minutes: 1)
        let id = try nexus.addIntention(title: "write", estimate: 600, at: 0)
        try nexus.estimate(id, duration: 900, at: 10)
        try nexus.startPomodoro(intention: id, at: 20)
        try nexus.estimate(id, duration: 1200, at: 30)
        try nexus.estimate(id, duration: 1500, at: 40)
        #expect(nexus.intention(id)?.estimates.map(\.earnsPoint) == [true, false, true, false])
        #expect(points(nexus, .estimateMade) == [1, 1])
    }

    /// The accuracy points of an intention worked for one 10-minute pomodoro from 1000 and
    /// achieved at its end, 1600, with these estimates (duration, made at).
    private func accuracyPoints(_ estimates: [(Double, Double)]) throws -> [Double] {
        var nexus = try singlePomodoroStreaks(minutes: 10)
        let id = try nexus.addIntention(title: "write", at: 0)
        let sorted = estimates.sorted { $0.1 < $1.1 }
        for (duration, madeAt) in sorted where madeAt <= 1000 {
            try nexus.estimate(id, duration: duration, at: madeAt)
        }
        try nexus.startPomodoro(intention: id, at: 1000)
        for (duration, madeAt) in sorted where madeAt > 1000 {
            try nexus.estimate(id, duration: duration, at: madeAt)
        }
        try nexus.evaluate(pomodoro: 1, as: .achieved, at: 1600)
        return points(nexus, .estimateAccuracy)
    }

    @Test func estimateAccuracyTakesTheBestCappedScore() throws {
        // actual 600 s. 600 made at 1000: accuracy 10, earliness floor(10 × 600/600) = 10.
        #expect(try accuracyPoints([(600, 1000)]) == [10])
        // 700 at 0: accuracy floor(10 × (1 − 100/600)) = 8, earliness 10, cap 9 → 8;
        // 600 at 1540 (newest): accuracy 10, earliness floor(10 × 60/600) = 1 → 1. Best: 8.
        #expect(try accuracyPoints([(700, 0), (600, 1540)]) == [8])
        // A wild guess is worth nothing: accuracy max(0, 1 − 5400/600) = 0.
        #expect(try accuracyPoints([(6000, 0)]).isEmpty)
    }

    @Test func onlyTheLastTenEstimatesCountWithFallingCaps() throws {
        let perfect = (600.0, 0.0)
        let wild = (6000.0, 1.0)
        // The perfect estimate is the 10th newest: cap 1.
        #expect(try accuracyPoints([perfect] + Array(repeating: wild, count: 9)) == [1])
        // The 11th newest is not looked at.
        #expect(try accuracyPoints([perfect] + Array(repeating: wild, count: 10)).isEmpty)
        // The 3rd newest: cap 8.
        #expect(try accuracyPoints([perfect] + Array(repeating: wild, count: 2)) == [8])
    }

    @Test func everyEventCountsInTheWindowHoldingItsOwnTime() throws {
        var (nexus, _) = try pomodoroStartedAtZero()
        try nexus.evaluate(pomodoro: 1, as: .focused, at: 200)
        nexus.advance(to: 700)
        // The pomodoro started at 0: its evaluation at 200 counts in [100, 600] all the same,
        // and the break (300–600) counts at its end.
        #expect(nexus.score(from: 100, through: 600) == 1 + 1)
        #expect(nexus.score(from: 250, through: 600) == 1)
        #expect(nexus.score(from: 0, through: 600) == 3 + 1 + 1 + 1)
        #expect(nexus.score(from: 0, through: 599) == 3 + 1 + 1)
    }

    @Test func aPomodoroAchievedAfterMidnightCountsOnTheNewDay() throws {
        // Started at 23:58 on day 1, achieved at 00:01 on day 2 (UTC days of 86 400 s).
        let midnight = 86_400.0
        var nexus = Nexus()
        let id = try nexus.addIntention(title: "write", at: midnight - 120)
        try nexus.startPomodoro(intention: id, at: midnight - 120)
        try nexus.evaluate(pomodoro: 1, as: .achieved, at: midnight + 60)
        let newDay = nexus.scoreEvents(from: midnight, through: 2 * midnight - 1)
        #expect(newDay.map(\.kind) == [.evaluation, .intentionCompleted])
        #expect(nexus.score(from: midnight, through: 2 * midnight - 1) == 1.25 + 10)
        #expect(nexus.score(from: 0, through: midnight - 1) == 3 + 1)
        // The break after it (00:01–00:06) counts on the new day once it has run.
        nexus.advance(to: midnight + 360)
        #expect(nexus.score(from: midnight, through: 2 * midnight - 1) == 1.25 + 10 + 1)
    }

    @Test func aBreakCrossingTheWindowStartCountsAtItsEnd() throws {
        var (nexus, _) = try pomodoroStartedAtZero()
        nexus.advance(to: 700)
        // The break runs 300–600: it counts in a window starting at 400, not one ending at 599.
        #expect(nexus.score(from: 400, through: 700) == 1)
        #expect(nexus.score(from: 0, through: 599) == 3 + 1)
    }

    @Test func aReevaluationMovesItsPointsToTheNewEvaluationsDay() throws {
        var (nexus, _) = try pomodoroStartedAtZero()
        try nexus.evaluate(pomodoro: 1, as: .focused, at: 400)
        try nexus.evaluate(pomodoro: 1, as: .interrupted, at: 100_000)
        // The first day loses the replaced evaluation; the later window gains the new one.
        #expect(nexus.score(from: 0, through: 86_399) == 3 + 1 + 1)
        #expect(abs(nexus.score(from: 86_400, through: 172_799) - 0.2) < 1e-9)
    }

    @Test func estimateAccuracyIsZeroWhenNothingWasWorked() throws {
        // Achieved at the second it started: the pomodoro lasted 0 s, so actual = 0 and no
        // estimate can be accurate (nothing divides by zero).
        var nexus = Nexus()
        let id = try nexus.addIntention(title: "write", estimate: 300, at: 0)
        try nexus.startPomodoro(intention: id, at: 100)
        try nexus.evaluate(pomodoro: 1, as: .achieved, at: 100)
        #expect(nexus.intention(id)?.completion?.accuracyPoints == 0)
        #expect(points(nexus, .estimateAccuracy).isEmpty)
        #expect(points(nexus, .intentionCompleted) == [10])
    }

    @Test func anEstimatesPointIsDecidedWhenItIsMade() throws {
        var nexus = try singlePomodoroStreaks(minutes: 1)
        let id = try nexus.addIntention(title: "write", estimate: 600, at: 0)
        try nexus.estimate(id, duration: 900, at: 10)
        #expect(points(nexus, .estimateMade) == [1])
        let before = nexus.score(from: 0, through: 10)
        // A later pomodoro raises the allowance for later estimates only: the one made at 10
        // stays without its point, and the day it was made keeps its score.
        try nexus.startPomodoro(intention: id, at: 100)
        nexus.advance(to: 200)
        #expect(nexus.intention(id)?.estimates.map(\.earnsPoint) == [true, false])
        #expect(nexus.score(from: 0, through: 10) == before)
        try nexus.estimate(id, duration: 1200, at: 300)
        #expect(nexus.intention(id)?.estimates.map(\.earnsPoint) == [true, false, true])
        #expect(nexus.score(from: 0, through: 10) == before)
    }
}
