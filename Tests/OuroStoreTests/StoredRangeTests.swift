import CSQLite
import Foundation
import OuroCore
import OuroStore
import Testing

/// Values read back from the store are range-checked as rows are decoded: a corrupt but
/// readable value fails the load with a `DatabaseError` naming the file, the row and the
/// value, and values at the edges of their ranges still load.
@Suite struct StoredRangeTests {
    /// A store holding ``ModelStoreTests/sampleModel()``.
    static func store(in directory: TemporaryDirectory) throws -> Store {
        let store = try Store(directory: directory.path)
        var model = try ModelStoreTests.sampleModel()
        try store.database.write { _ in try store.save(&model) }
        return store
    }

    @Test(arguments: [
        ("UPDATE intervals SET position = 4611686018427387904", "intervals row", "position"),
        (#"UPDATE sessions SET "end" = 1e300"#, "sessions row 1", "end 1e+300"),
        (
            "UPDATE intervals SET evaluated_at = -1 WHERE evaluated_at IS NOT NULL",
            "intervals row",
            "evaluation time -1.0"
        ),
        ("UPDATE intentions SET worked = 36000001", "intentions row 1", "time worked 36000001.0"),
        (
            "UPDATE intentions SET estimates = "
                + "x'00000000000000000000000000409F400100000000000000'", "intentions row 1",
            "estimate 0.0 is not positive"
        ),
        ("UPDATE work_hour_rules SET start = 86400", "work_hour_rules row 1", "start 86400"),
    ])
    func anOutOfRangeValueFailsTheLoad(sql: String, row: String, value: String) throws {
        let directory = TemporaryDirectory()
        let store = try Self.store(in: directory)
        try store.database.execute(sql)
        do {
            _ = try store.loadModel(WorkingSetScope(since: 0))
            Issue.record("loaded")
        } catch let error as DatabaseError {
            #expect(error.path == store.database.path)
            #expect(error.sqliteCode == SQLITE_CORRUPT)
            #expect(error.message.hasPrefix(row), "\(error.message)")
            #expect(error.message.contains(value), "\(error.message)")
        }
    }

    /// The edges: a session of exactly 24 hours and the last second of 2200 load.
    @Test func valuesAtTheEdgesLoad() throws {
        let directory = TemporaryDirectory()
        let store = try Self.store(in: directory)
        try store.database.execute(
            #"INSERT INTO sessions (id, start, "end", rule) VALUES (9, 7289567999, 7289654399, NULL)"#
        )
        let model = try #require(try store.loadModel(WorkingSetScope(since: 7_289_560_000)))
        #expect(model.snapshot.sessions.contains { $0.id == 9 && $0.end == 7_289_654_399 })
    }
}
