import OuroCore
import OuroStore
import Testing

/// Migration 4: an older store's pomodoros are numbered 1, 2, 3 … in id order, and the live
/// state counts on from there.
@Suite struct PomodoroNumberMigrationTests {
    /// Three pomodoros in two streaks, with start prompts and breaks between them.
    static func threePomodoros() throws -> Nexus {
        var model = Nexus()
        try model.addSession(from: 1_000, to: 20_000, at: 900)
        let id = try model.addIntention(title: "write", at: 1_000)
        try model.startPomodoro(intention: id, at: 1_100)
        try model.startPomodoro(intention: id, at: 1_750)
        model.advance(to: 5_000)
        try model.startPomodoro(intention: id, at: 5_000)
        model.advance(to: 5_100)
        return model
    }

    /// Writes `model` into a store, then takes the store back to schema 3 as an older ouro
    /// left it: no `number` or `set_at` column, no evaluation index, a version-1 live state.
    static func schemaThreeStore(with model: Nexus, in directory: String) throws {
        let store = try Store(directory: directory)
        var model = model
        try store.database.write { _ in try store.save(&model) }
        var old = model.snapshot
        old.version = 1
        old.intentions = []
        old.intervals = []
        old.sessions = []
        old.workHourRules = []
        try store.database.write { database in
            try database.execute(
                """
                DROP INDEX intervals_by_number;
                DROP INDEX intervals_by_evaluation;
                ALTER TABLE intervals DROP COLUMN number;
                ALTER TABLE intervals DROP COLUMN set_at;
                """)
            try database.execute("UPDATE live SET state = ? WHERE id = 1", [.blob(old.encoded())])
            try database.setUserVersion(3)
        }
    }

    @Test func numbersAnOldStoresPomodorosInIdOrder() throws {
        let directory = TemporaryDirectory()
        let model = try Self.threePomodoros()
        let ids = model.intervals.filter { $0.kind == .pomodoro }.map(\.id)
        #expect(ids.count == 3)
        try Self.schemaThreeStore(with: model, in: directory.path)

        let store = try Store(directory: directory.path)
        #expect(try store.database.userVersion() == Schema.latestVersion)
        let numbered = try store.database.query(
            "SELECT id, number FROM intervals WHERE number IS NOT NULL ORDER BY id"
        ) { [$0.int64(at: 0), $0.int64(at: 1)] }
        #expect(numbered == zip(ids, 1...3).map { [Int64($0), Int64($1)] })

        let loaded = try #require(try store.loadModel(WorkingSetScope(pomodoroNumbers: [2])))
        #expect(loaded.live.nextPomodoroNumber == 4)
        #expect(loaded.pomodoro(numbered: 2)?.id == ids[1])
        #expect(loaded.live == model.live)

        // The next pomodoro after the migration gets the next number.
        var next = try #require(try store.loadModel(WorkingSetScope(since: 0)))
        // An older store never recorded when a continuation was set: it scores at its start.
        var expected = model.snapshot
        for index in expected.intervals.indices { expected.intervals[index].setAt = nil }
        #expect(next.snapshot == expected)
        next.advance(to: 6_000)
        try next.startPomodoro(intention: 1, at: 7_000)
        #expect(next.currentInterval?.number == 4)
    }

    @Test func anEmptyOldStoreMigrates() throws {
        let directory = TemporaryDirectory()
        let old = try Store(
            directory: directory.path, migrations: Array(Schema.migrations.prefix(3)))
        #expect(try old.database.userVersion() == 3)
        let store = try Store(directory: directory.path)
        #expect(try store.database.userVersion() == Schema.latestVersion)
        #expect(try store.loadModel() == nil)
    }
}
