import OuroStore
import Testing

@Suite struct StatementTests {
    @Test func bindsAndReadsEveryStorageClass() throws {
        let directory = TemporaryDirectory()
        let database = try Database(path: directory.appending("ouro.sqlite3"))
        try database.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n)")
        try database.execute(
            "INSERT INTO t VALUES (?, ?, ?, ?, ?)",
            [.integer(Int64.max), .real(1100.5), .text("café ☕"), .blob([0, 1, 255]), .null])
        let rows = try database.query("SELECT i, r, s, b, n FROM t") { row in
            (0..<row.columnCount).map { row.value(at: $0) }
        }
        #expect(
            rows == [
                [.integer(Int64.max), .real(1100.5), .text("café ☕"), .blob([0, 1, 255]), .null]
            ])
        let statement = try database.prepare("SELECT i, r, s, b, n FROM t")
        #expect(try statement.step())
        #expect(statement.int64(at: 0) == Int64.max)
        #expect(statement.double(at: 1) == 1100.5)
        #expect(statement.string(at: 2) == "café ☕")
        #expect(statement.blob(at: 3) == [0, 1, 255])
        #expect(statement.isNull(at: 4) && statement.string(at: 4) == nil)
        #expect(try !statement.step())
    }

    @Test func emptyValuesAreNotNull() throws {
        let directory = TemporaryDirectory()
        let database = try Database(path: directory.appending("ouro.sqlite3"))
        #expect(try database.scalar("SELECT typeof(?)", [.blob([])]) == .text("blob"))
        #expect(try database.scalar("SELECT typeof(?)", [.text("")]) == .text("text"))
    }

    @Test func textKeepsEmbeddedNULs() throws {
        let directory = TemporaryDirectory()
        let database = try Database(path: directory.appending("ouro.sqlite3"))
        #expect(try database.scalar("SELECT length(CAST(? AS BLOB))", [.text("a\u{0}b")]) == 3)
        #expect(try database.scalar("SELECT ?", [.text("a\u{0}b")]) == .text("a\u{0}b"))
    }

    @Test func aStatementRunsAgainWithNewBindings() throws {
        let directory = TemporaryDirectory()
        let database = try Database(path: directory.appending("ouro.sqlite3"))
        let statement = try database.prepare("SELECT ? * 2")
        var results: [Int64] = []
        for value: Int64 in [1, 2, 3] {
            try statement.bind([.integer(value)])
            try statement.forEachRow { results.append($0.int64(at: 0)) }
        }
        #expect(results == [2, 4, 6])
    }

    @Test func errorsCarryTheCodeMessageAndPath() throws {
        let directory = TemporaryDirectory()
        let path = directory.appending("ouro.sqlite3")
        let database = try Database(path: path)
        try database.execute("CREATE TABLE t (x INTEGER PRIMARY KEY)")
        try database.execute("INSERT INTO t VALUES (1)")
        let error = try #require(throws: DatabaseError.self) {
            try database.execute("INSERT INTO t VALUES (?)", [1])
        }
        #expect(error.sqliteCode == 19)  // SQLITE_CONSTRAINT
        #expect(error.kind == .sqlite(code: 1555))  // SQLITE_CONSTRAINT_PRIMARYKEY
        #expect(error.message.contains("UNIQUE constraint failed: t.x"))
        #expect(error.path == path)
        let syntax = try #require(throws: DatabaseError.self) { try database.prepare("SELEC 1") }
        #expect(syntax.sqliteCode == 1)
        #expect(syntax.message.contains("syntax error"))
    }
}
