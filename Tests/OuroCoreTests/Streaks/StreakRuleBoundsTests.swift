import OuroCore
import Testing

/// Streak rules hold 1 to 32 pomodoros, each pomodoro and break 1 minute to 4 hours, both
/// when made and when read back from a snapshot: a pomodoro's points double with its index,
/// and 55 steps made points no output could convert.
@Suite struct StreakRuleBoundsTests {
    /// `count` pomodoro/break pairs of `minutes` each.
    private func steps(_ count: Int, minutes: Double = 1) -> [StreakStep] {
        (0..<count).flatMap { _ in
            [StreakStep(.pomodoro, length: minutes * 60), StreakStep(.break, length: minutes * 60)]
        }
    }

    @Test func thirtyTwoPomodorosAreTheMost() {
        #expect(StreakRules.mostPomodoros == 32)
        #expect(StreakRules(steps: steps(32)) != nil)
        #expect(StreakRules(steps: steps(33)) == nil)
        #expect(StreakRules(steps: steps(32) + [StreakStep(.pomodoro, length: 60)]) == nil)
    }

    @Test func everyLengthLiesBetweenOneMinuteAndFourHours() {
        #expect(StreakRules.stepLengths == 60...14_400)
        #expect(StreakRules(steps: steps(1, minutes: 1)) != nil)
        #expect(StreakRules(steps: steps(1, minutes: 240)) != nil)
        #expect(StreakRules(steps: [StreakStep(.pomodoro, length: 59)]) == nil)
        #expect(StreakRules(steps: [StreakStep(.pomodoro, length: 14_401)]) == nil)
        #expect(
            StreakRules(steps: [StreakStep(.pomodoro, length: 60), StreakStep(.break, length: 1)])
                == nil)
        #expect(StreakRules(steps: [StreakStep(.pomodoro, length: .nan)]) == nil)
    }

    @Test func theLongestRulesKeepADaysPointsFarFromIntMax() throws {
        var nexus = Nexus()
        nexus.setStreakRules(try #require(StreakRules(steps: steps(32))), at: 0)
        let id = try nexus.addIntention(title: "climb", at: 0)
        var clock = 0.0
        // Every pomodoro of a day, each started the moment the last break ends.
        while clock < 86_400 {
            _ = try? nexus.startPomodoro(intention: id, at: clock)
            clock += 60
            nexus.advance(to: clock)
        }
        let score = nexus.score(from: 0, through: 86_400)
        #expect(score > 4e9)
        #expect(score < 1e12)
    }

    @Test func aSnapshotWithRulesOutOfBoundsIsCorrupt() throws {
        var nexus = Nexus()
        nexus.setStreakRules(try #require(StreakRules(steps: steps(1, minutes: 3))), at: 0)
        let bytes = nexus.snapshot.encoded()
        // The rules' lengths, 180 s, as the snapshot writes doubles (little-endian bits).
        let written = (0..<8).map { UInt8(truncatingIfNeeded: Double(180).bitPattern >> ($0 * 8)) }
        let tooShort = (0..<8).map { UInt8(truncatingIfNeeded: Double(30).bitPattern >> ($0 * 8)) }
        var patched = bytes
        var replaced = 0
        for start in 0...(patched.count - 8) where Array(patched[start..<start + 8]) == written {
            patched.replaceSubrange(start..<start + 8, with: tooShort)
            replaced += 1
        }
        #expect(replaced == 2)
        #expect(throws: NexusError.self) { try NexusSnapshot(encoded: patched) }
        #expect(try NexusSnapshot(encoded: bytes).live.streakRules == nexus.streakRules)
    }
}
