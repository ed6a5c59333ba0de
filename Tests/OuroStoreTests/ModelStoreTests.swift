import Foundation
import OuroCore
import OuroStore
import Synchronization
import Testing
import TimerTree

/// The model in the store: records round-trip exactly, each run loads only its working set,
/// and a run that throws leaves no trace.
@Suite struct ModelStoreTests {
    struct Refusal: Error {}

    /// A model with every kind of record: a manual session, a work-hour rule, an intention
    /// with estimates, a streak with an evaluated pomodoro, a break and a grace period.
    static func sampleModel() throws -> Nexus {
        var model = Nexus()
        model.advance(to: 1_000)
        try model.addWorkHourRule(
            weekdays: [.monday, .friday], from: WallTime(hour: 9, minute: 0)!,
            to: WallTime(hour: 17, minute: 30)!, zone: try Zone(identifier: "Europe/Berlin"),
            at: 1_000)
        try model.addSession(from: 1_000, to: 5_000, at: 1_000)
        let id = try model.addIntention(
            title: "Write \"report\", then ✓", description: "line 1\nline 2", estimate: 1_500,
            at: 1_050)
        try model.estimate(id, duration: 900, at: 1_060)
        try model.startPomodoro(intention: id, at: 1_100)
        try model.evaluate(pomodoro: 2, as: .focused, at: 1_200)
        model.advance(to: 1_750)
        return model
    }

    @Test func everyRecordRoundTripsExactly() throws {
        let directory = TemporaryDirectory()
        let store = try Store(directory: directory.path)
        var model = try Self.sampleModel()
        try store.database.write { _ in try store.save(&model) }
        #expect(model.changes.isEmpty)
        let loaded = try #require(try store.loadModel(WorkingSetScope(since: 0)))
        #expect(loaded.snapshot == model.snapshot)
        #expect(loaded.intentions.first?.estimates.count == 2)
        #expect(loaded.intervals.map(\.kind) == [.startPrompt, .pomodoro, .break, .gracePeriod])
    }

    @Test func aRunLoadsOnlyItsWorkingSet() throws {
        let directory = TemporaryDirectory()
        let store = try Store(directory: directory.path)
        var model = try Self.sampleModel()
        model.advance(to: 10_000)
        try store.database.write { _ in try store.save(&model) }
        let bare = try #require(try store.loadModel())
        #expect(bare.intervals.isEmpty)
        #expect(bare.intentions.isEmpty)
        // The session ended within the day before the last update: a new session or a change
        // of rules is checked against it.
        #expect(bare.sessions.map(\.id) == [1])
        #expect(bare.workHourRules.count == 1)
        let named = try #require(
            try store.loadModel(WorkingSetScope(intentionIDs: [1], latestPomodoro: true)))
        #expect(named.intervals.map(\.id) == [2])
        #expect(named.intentions.map(\.id) == [1])
        // The pomodoro 1100–1400 started before the window but was evaluated inside it.
        let window = try #require(try store.loadModel(WorkingSetScope(since: 1_150, until: 1_500)))
        // The session 1000–5000 reaches into the window: its intervals load from its start,
        // so its score is whole.
        #expect(window.intervals.map(\.id) == [1, 2, 3])
        #expect(window.sessions.map(\.id) == [1])
        let later = try #require(try store.loadModel(WorkingSetScope(since: 5_000)))
        #expect(later.intervals.isEmpty)
    }

    @Test func aWindowLoadsTheOlderIntervalsWithEventsInsideIt() throws {
        let directory = TemporaryDirectory()
        let store = try Store(directory: directory.path)
        var model = try Self.sampleModel()
        // Pomodoro 2 (1100–1400, focused at 1200), its break 3 (1400–1700), then a grace
        // period; a day later pomodoro 2 is re-evaluated.
        model.advance(to: 90_000)
        try model.evaluate(pomodoro: 2, as: .interrupted, at: 90_000)
        try store.database.write { _ in try store.save(&model) }
        let day = try #require(try store.loadModel(WorkingSetScope(since: 86_400, until: 172_799)))
        #expect(day.intervals.map(\.id).contains(2))
        #expect(
            day.score(from: 86_400, through: 172_799) == model.score(from: 86_400, through: 172_799)
        )
        #expect(abs(day.score(from: 86_400, through: 172_799) - 0.2) < 1e-9)
        // A window starting inside the break 1400–1700 loads it, so its end counts there.
        let late = try #require(try store.loadModel(WorkingSetScope(since: 1_500, until: 1_800)))
        #expect(late.intervals.map(\.id).contains(3))
        #expect(late.score(from: 1_500, through: 1_800) == model.score(from: 1_500, through: 1_800))
        #expect(late.score(from: 1_500, through: 1_800) == 1)
    }

    @Test func pomodorosEvaluatedInAWindowAreFoundByIndex() throws {
        let directory = TemporaryDirectory()
        let store = try Store(directory: directory.path)
        let plan = try store.database.query(
            "EXPLAIN QUERY PLAN SELECT id FROM intervals WHERE evaluated_at BETWEEN ? AND ? "
                + "AND start < ?", [.real(0), .real(1), .real(0)]
        ) { $0.string(at: 3) ?? "" }
        #expect(plan.contains { $0.contains("USING INDEX intervals_by_evaluation") })
    }

    @Test func everyRunLoadsTheRunningSessionsRecords() throws {
        let directory = TemporaryDirectory()
        let store = try Store(directory: directory.path)
        var model = try Self.sampleModel()
        try store.database.write { _ in try store.save(&model) }
        // The session 1000–5000 is running at the last update (1750): a bare run still sees
        // what was earned in it, for the start prompts it may show.
        let bare = try #require(try store.loadModel())
        #expect(bare.score(from: 1_000, through: 1_750) == model.score(from: 1_000, through: 1_750))
    }

    @Test func anUpdateAdvancesAppliesSavesAndReturnsTheEvents() throws {
        let directory = TemporaryDirectory()
        let store = try Store(directory: directory.path)
        var initialized = 0
        let first = try store.update(
            at: 1_000,
            initialize: { model, observer in
                initialized += 1
                try model.addSession(from: 1_000, to: 5_000, at: 1_000, observer: observer)
            }
        ) { model, observer in
            try model.addIntention(title: "Plan", at: 1_000, observer: observer)
        }
        #expect(first.value == 1)
        let second = try store.update(
            at: 1_100, scope: WorkingSetScope(intentionIDs: [1]),
            initialize: { _, _ in initialized += 1 }
        ) {
            model, observer in
            try model.startPomodoro(intention: 1, at: 1_100, observer: observer)
        }
        #expect(initialized == 1)
        #expect(second.value == .started(pomodoroID: 2))
        func started(_ events: [NexusEvent]) -> [IntervalKind] {
            events.compactMap { event -> IntervalKind? in
                if case .intervalStarted(let interval) = event { return interval.kind }
                return nil
            }
        }
        // The first run's intention advanced the model inside the new session: a prompt.
        #expect(started(first.events) == [.startPrompt])
        #expect(started(second.events) == [.pomodoro])
        let reloaded = try #require(try store.loadModel())
        #expect(reloaded.currentInterval?.kind == .pomodoro)
        #expect(reloaded.now == 1_100)
    }

    @Test func anUpdateThatThrowsWritesNothing() throws {
        let directory = TemporaryDirectory()
        let store = try Store(directory: directory.path)
        _ = try store.update(at: 1_000) { model, observer in
            try model.addIntention(title: "Plan", at: 1_000, observer: observer)
        }
        let path = Store.path(inDirectory: directory.path)
        let watcher = try Database(path: path)
        let version = try watcher.dataVersion()
        #expect(throws: Refusal.self) {
            try store.update(at: 2_000) { model, observer in
                try model.addIntention(title: "Lost", at: 2_000, observer: observer)
                throw Refusal()
            }
        }
        #expect(throws: NexusError.noSuchIntention(9)) {
            try store.update(at: 2_000) { model, observer in
                try model.startPomodoro(intention: 9, at: 2_000, observer: observer)
            }
        }
        #expect(try watcher.dataVersion() == version)
        let model = try #require(try store.loadModel(WorkingSetScope(since: 0)))
        #expect(model.now == 1_000)
        #expect(model.intentions.map(\.title) == ["Plan"])
    }

    /// A looking command writes only when advancing created records; its value is the same
    /// either way.
    @Test func aReadMostlyUpdateWritesOnlyWhatAdvancingCreated() throws {
        let directory = TemporaryDirectory()
        let store = try Store(directory: directory.path)
        _ = try store.update(at: 1_000) { model, observer in
            let id = try model.addIntention(title: "Plan", at: 1_000, observer: observer)
            try model.startPomodoro(intention: id, at: 1_000, observer: observer)
        }
        let watcher = try Database(path: Store.path(inDirectory: directory.path))
        let version = try watcher.dataVersion()
        let during = try store.update(at: 1_100, readMostly: true) { model, _ in
            model.currentInterval?.kind
        }
        #expect(during.value == .pomodoro)
        #expect(try watcher.dataVersion() == version)
        #expect(try store.loadModel()?.now == 1_000)
        let after = try store.update(at: 1_400, readMostly: true) { model, _ in
            model.currentInterval?.kind
        }
        #expect(after.value == .break)
        #expect(try watcher.dataVersion() != version)
        #expect(try store.loadModel()?.now == 1_400)
    }

    @Test func concurrentUpdatesNeverLoseOne() throws {
        let directory = TemporaryDirectory()
        let path = directory.path
        let counter = Atomic<Int>(0)
        let failures = runOnThreads(4) {
            let store = try Store(directory: path)
            for _ in 0..<25 {
                let time = Double(1_000 + counter.add(1, ordering: .relaxed).newValue)
                _ = try store.update(at: time) { model, observer in
                    try model.addIntention(title: "t", at: time, observer: observer)
                }
            }
        }
        #expect(failures == [])
        let store = try Store(directory: path)
        #expect(try store.intentions(includingClosed: true).map(\.id) == Array(1...100))
    }

    @Test func historyQueriesUseTheWindow() throws {
        let directory = TemporaryDirectory()
        let store = try Store(directory: directory.path)
        var model = try Self.sampleModel()
        try store.database.write { _ in try store.save(&model) }
        #expect(try store.intervals(from: 1_100, through: 1_400).map(\.id) == [2, 3])
        #expect(try store.intentions(ids: [1, 1, 7]).map(\.id) == [1])
        #expect(try store.intentions(includingClosed: false).count == 1)
    }
}
