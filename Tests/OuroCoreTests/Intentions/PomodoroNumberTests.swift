import Foundation
import OuroCore
import Testing

/// cli.md: pomodoros are numbered 1, 2, 3 … in creation order, not by interval.
@Suite struct PomodoroNumberTests {
    /// Three pomodoros: a streak's first, its continuation from a grace period, and the
    /// first of a new streak, with start prompts and breaks taking interval ids between.
    static func threePomodoros() throws -> Nexus {
        var nexus = Nexus()
        try nexus.addSession(from: 1000, to: 20_000, at: 900)
        let id = try nexus.addIntention(title: "write", at: 1000)
        try nexus.startPomodoro(intention: id, at: 1100)  // 1100–1400, break to 1700
        let continued = try nexus.startPomodoro(intention: id, at: 1750)
        guard case .continued = continued else {
            Issue.record("expected a continuation, got \(continued)")
            return nexus
        }
        nexus.advance(to: 5000)  // the streak's grace period expires; a prompt follows
        try nexus.startPomodoro(intention: id, at: 5000)
        return nexus
    }

    @Test func numbersFollowCreationAcrossStreaksAndGracePeriods() throws {
        let nexus = try Self.threePomodoros()
        let pomodoros = nexus.intervals.filter { $0.kind == .pomodoro }
        #expect(pomodoros.map(\.number) == [1, 2, 3])
        #expect(pomodoros.map(\.id) != [1, 2, 3])
        #expect(pomodoros.map(\.indexInStreak) == [0, 1, 0])
        #expect(nexus.live.nextPomodoroNumber == 4)
        #expect(nexus.intervals.filter { $0.kind != .pomodoro }.allSatisfy { $0.number == nil })
        for pomodoro in pomodoros {
            #expect(nexus.pomodoro(numbered: pomodoro.number ?? 0) == pomodoro)
        }
        #expect(nexus.pomodoro(numbered: 4) == nil)
    }

    @Test func theFirstPomodoroIsNumberOne() throws {
        var nexus = Nexus()
        try nexus.addSession(from: 1000, to: 9000, at: 900)
        let id = try nexus.addIntention(title: "write", at: 1000)
        let result = try nexus.startPomodoro(intention: id, at: 1100)
        guard case .started(let pomodoroID) = result else {
            Issue.record("expected a started pomodoro, got \(result)")
            return
        }
        #expect(pomodoroID != 1)  // the session's start prompt came first
        #expect(nexus.interval(pomodoroID)?.number == 1)
        #expect(nexus.pomodoro(numbered: 1)?.id == pomodoroID)
    }

    @Test func numbersSurviveTheBinaryForm() throws {
        let nexus = try Self.threePomodoros()
        let decoded = try NexusSnapshot(encoded: nexus.snapshot.encoded())
        #expect(decoded.version == NexusSnapshot.currentVersion)
        #expect(decoded == nexus.snapshot)
        #expect(decoded.intervals.compactMap(\.number) == [1, 2, 3])
    }

    /// A version-1 snapshot (before numbers) reads back with its pomodoros numbered in id
    /// order and the counter past them, so the next pomodoro gets the next number.
    @Test func aVersionOneSnapshotIsNumberedInIdOrder() throws {
        var old = try Self.threePomodoros().snapshot
        old.version = 1
        let bytes = old.encoded()
        var current = old
        current.version = NexusSnapshot.currentVersion
        #expect(bytes.count < current.encoded().count)
        let decoded = try NexusSnapshot(encoded: bytes)
        #expect(decoded.version == 1)
        #expect(decoded.intervals.compactMap(\.number) == [1, 2, 3])
        #expect(decoded.live.nextPomodoroNumber == 4)
        var nexus = try Nexus(snapshot: decoded)
        nexus.advance(to: 6000)
        let id = try nexus.addIntention(title: "read", at: 6000)
        nexus.advance(to: 8000)
        try nexus.startPomodoro(intention: id, at: 8000)
        #expect(nexus.currentInterval?.number == 4)
    }

    /// The Codable form of a version-1 snapshot (no numbers, no counter) loads numbered.
    @Test func aVersionOneCodableSnapshotLoadsNumbered() throws {
        let nexus = try Self.threePomodoros()
        let json = try JSONEncoder().encode(nexus.snapshot)
        var object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        object["version"] = 1
        var live = try #require(object["live"] as? [String: Any])
        live["nextPomodoroNumber"] = nil
        object["live"] = live
        let intervals = try #require(object["intervals"] as? [[String: Any]])
        object["intervals"] = intervals.map { interval in
            var interval = interval
            interval["number"] = nil
            return interval
        }
        let old = try JSONDecoder().decode(
            NexusSnapshot.self, from: try JSONSerialization.data(withJSONObject: object))
        #expect(old.intervals.allSatisfy { $0.number == nil })
        #expect(old.live.nextPomodoroNumber == 1)
        let loaded = try Nexus(snapshot: old)
        #expect(loaded.intervals.compactMap(\.number) == [1, 2, 3])
        #expect(loaded.live.nextPomodoroNumber == 4)
    }
}
