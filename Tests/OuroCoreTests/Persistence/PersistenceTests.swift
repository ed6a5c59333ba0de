import Foundation
import OuroCore
import Testing

@Suite struct PersistenceTests {
    @Test func theBinaryFormRoundTripsEveryField() throws {
        let nexus = try sampleHistory()
        let snapshot = nexus.snapshot
        #expect(snapshot.intervals.contains { $0.kind == .startPrompt })
        #expect(snapshot.intentions.contains { $0.completion != nil })
        #expect(snapshot.intentions.contains { $0.isAbandoned })
        #expect(snapshot.live.streak != nil)
        #expect(snapshot.live.streakRules != .standard)
        let decoded = try NexusSnapshot(encoded: snapshot.encoded())
        #expect(decoded == snapshot)
        #expect(try Nexus(snapshot: decoded).snapshot == snapshot)
    }

    @Test func theCodableFormRoundTripsEveryField() throws {
        let snapshot = try sampleHistory().snapshot
        let json = try JSONEncoder().encode(snapshot)
        let decoded = try JSONDecoder().decode(NexusSnapshot.self, from: json)
        #expect(decoded == snapshot)
        #expect(
            String(decoding: json, as: UTF8.self).contains(
                "\"version\":\(NexusSnapshot.currentVersion)"))
    }

    @Test func aLoadedModelBehavesExactlyLikeTheOriginal() throws {
        var original = try sampleHistory()
        var loaded = try Nexus(snapshot: NexusSnapshot(encoded: original.snapshot.encoded()))
        let first = EventLog()
        let second = EventLog()
        for time in [6500.0, 7000, 8000, 9500] {
            original.advance(to: time, observer: first.record)
            loaded.advance(to: time, observer: second.record)
        }
        #expect(first.events == second.events)
        #expect(original.snapshot == loaded.snapshot)
        #expect(original.score(from: 0, through: 10_000) == loaded.score(from: 0, through: 10_000))
    }

    @Test func loadingThenAdvancingReportsProgressWithoutReplaying() throws {
        let saved = try sampleHistory().snapshot
        var loaded = try Nexus(snapshot: saved)
        let log = EventLog()
        loaded.advance(to: 6450, observer: log.record)
        #expect(log.events.count == 1)
        guard case .intervalProgressed(let interval, let at, _) = log.events.first else {
            Issue.record("expected progress only, got \(log.events)")
            return
        }
        #expect(interval.kind == .pomodoro)
        #expect(at == 6450)
    }

    @Test func corruptOrNewerSnapshotsAreRefused() throws {
        let bytes = try sampleHistory().snapshot.encoded()
        #expect(throws: NexusError.self) { try NexusSnapshot(encoded: Array(bytes.dropLast())) }
        #expect(throws: NexusError.self) { try NexusSnapshot(encoded: bytes + [0]) }
        #expect(throws: NexusError.self) { try NexusSnapshot(encoded: [1, 2, 3]) }
        var newer = try sampleHistory().snapshot
        newer.version = NexusSnapshot.currentVersion + 1
        #expect(throws: NexusError.self) { try Nexus(snapshot: newer) }
    }

    @Test func decodingRefusesInvalidStreakRules() throws {
        let json = Data(#"{"steps":[{"kind":"break","length":300}]}"#.utf8)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(StreakRules.self, from: json)
        }
        let valid = try JSONDecoder().decode(
            StreakRules.self, from: JSONEncoder().encode(StreakRules.standard))
        #expect(valid == .standard)
    }
}
