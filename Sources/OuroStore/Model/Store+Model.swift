import OuroCore

extension Store {
    /// Reads the live state and the records `scope` asks for, and builds the model from
    /// them; nil when the store has never held a model.
    ///
    /// - Complexity: O(log n + k) for k records loaded: every query uses an index.
    public func loadModel(_ scope: WorkingSetScope = WorkingSetScope()) throws -> Nexus? {
        guard let blob = try database.scalar("SELECT state FROM live WHERE id = 1"),
            case .blob(let bytes) = blob
        else { return nil }
        let live = try LiveState(blob: bytes)
        let rules = try database.query("SELECT \(WorkHourRule.columns) FROM work_hour_rules") {
            try WorkHourRule(row: $0)
        }
        let lastUpdate = live.now ?? -.infinity
        // Sessions ending in the day before the last update are loaded too: a change of
        // rules (or a session added by hand) must see every session its span could overlap,
        // and sessions last at most a day.
        let recent = lastUpdate - Nexus.longestSession
        let sessionBound = min(recent, scope.since ?? .infinity)
        let until = scope.until ?? .infinity
        let sessions = try database.query(
            #"SELECT \#(SessionRecord.columns) FROM sessions WHERE "end" > ?"#,
            [.real(sessionBound)], row: SessionRecord.init(row:)
        ).filter { $0.end > recent || $0.start <= until }
        // Arrays, not dictionaries: a dictionary type's first use costs a scan of the
        // conformance tables, more than the few records a run loads. Duplicates go below.
        var intervals: [IntervalRecord] = []
        func addIntervals(_ sql: String, _ values: [SQLiteValue]) throws {
            for interval in try database.query(sql, values, row: IntervalRecord.init(row:)) {
                if let interval { intervals.append(interval) }
            }
        }
        // The window widens to the start of every loaded session that reaches into it (one
        // still running, or one that crossed midnight into the day asked for), so each
        // session's score is complete. Sessions last at most a day, so this adds at most one.
        var windowStart: Double?
        if let since = scope.since {
            let reaching = sessions.lazy.filter { $0.end > since || $0.end > lastUpdate }
            windowStart = min(since, reaching.map(\.start).min() ?? since)
        }
        if windowStart == nil {
            windowStart = sessions.lazy.filter { $0.contains(lastUpdate) }.map(\.start).min()
        }
        if let windowStart {
            try addIntervals(
                "SELECT \(IntervalRecord.columns) FROM intervals WHERE start BETWEEN ? AND ?",
                [.real(windowStart), .real(until)])
            try addEventsFromEarlierIntervals(windowStart, until, into: &intervals)
        }
        if scope.latestPomodoro {
            try addIntervals(
                "SELECT \(IntervalRecord.columns) FROM intervals WHERE kind = 'pomodoro' "
                    + "ORDER BY id DESC LIMIT 1", [])
        }
        for number in scope.pomodoroNumbers {
            try addIntervals(
                "SELECT \(IntervalRecord.columns) FROM intervals WHERE number = ? "
                    + "AND kind = 'pomodoro'", [.integer(Int64(number))])
        }
        // Statements for single records are prepared only when a record is missing.
        var intervalStatement: Statement?
        for id in live.requiredIntervalIDs + scope.intervalIDs
        where !intervals.contains(where: { $0.id == id }) {
            let byID =
                try intervalStatement
                ?? database.prepare(
                    "SELECT \(IntervalRecord.columns) FROM intervals WHERE id = ?")
            intervalStatement = byID
            try byID.bind([.integer(Int64(id))])
            if try byID.step(), let interval = try IntervalRecord(row: byID) {
                intervals.append(interval)
            }
        }
        intervals = Self.unique(intervals)
        var intentions: [IntentionRecord] = []
        func addIntentions(_ sql: String, _ values: [SQLiteValue]) throws {
            intentions += try database.query(sql, values, row: IntentionRecord.init(row:))
        }
        if let windowStart {
            try addIntentions(
                "SELECT \(IntentionRecord.columns) FROM intentions WHERE modified >= ? "
                    + "AND created <= ?", [.real(windowStart), .real(until)])
        }
        if let title = scope.intentionTitle {
            try addIntentions(
                "SELECT \(IntentionRecord.columns) FROM intentions WHERE title = ?",
                [.text(title)])
        }
        var intentionStatement: Statement?
        let referenced = intervals.compactMap(\.intentionID) + scope.intentionIDs
        for id in referenced where !intentions.contains(where: { $0.id == id }) {
            let intentionByID =
                try intentionStatement
                ?? database.prepare(
                    "SELECT \(IntentionRecord.columns) FROM intentions WHERE id = ?")
            intentionStatement = intentionByID
            try intentionByID.bind([.integer(Int64(id))])
            if try intentionByID.step() {
                intentions.append(try IntentionRecord(row: intentionByID))
            }
        }
        return try Nexus(
            live: live, intentions: Self.unique(intentions), intervals: intervals,
            sessions: sessions, workHourRules: rules)
    }

    /// Adds the intervals started before `start` that have score events inside
    /// `[start, until]`: the one running at `start` (a break ending inside counts there) and
    /// the pomodoros evaluated inside (their evaluation, and any completion, count there).
    ///
    /// - Complexity: O(log n + k): intervals never overlap, so one started before `start`
    ///   can run into it; evaluations are found by the `intervals_by_evaluation` index.
    private func addEventsFromEarlierIntervals(
        _ start: Double, _ until: Double, into intervals: inout [IntervalRecord]
    ) throws {
        // The last one started before the window matters only if it reaches into it (a
        // break's end, a continuation's set time).
        for interval in try database.query(
            "SELECT \(IntervalRecord.columns) FROM intervals WHERE start < ? "
                + "ORDER BY start DESC LIMIT 1", [.real(start)], row: IntervalRecord.init(row:))
        {
            if let interval, interval.end >= start { intervals.append(interval) }
        }
        for interval in try database.query(
            "SELECT \(IntervalRecord.columns) FROM intervals WHERE evaluated_at "
                + "BETWEEN ? AND ? AND start < ?", [.real(start), .real(until), .real(start)],
            row: IntervalRecord.init(row:))
        {
            if let interval { intervals.append(interval) }
        }
    }

    /// `records` sorted by id, each id once.
    private static func unique<Record: IdentifiedRecord>(_ records: [Record]) -> [Record] {
        var sorted = records.sorted { $0.id < $1.id }
        var kept = 0
        for index in sorted.indices where kept == 0 || sorted[kept - 1].id != sorted[index].id {
            sorted.swapAt(kept, index)
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }

    /// Writes the model's changes (and its live state) and marks them saved.
    ///
    /// Call inside a write transaction, so a failure leaves nothing half-written.
    public func save(_ model: inout Nexus) throws(DatabaseError) {
        let changes = model.changes
        try database.execute(
            "INSERT OR REPLACE INTO live (id, state) VALUES (1, ?)", [.blob(changes.live.blob)])
        try upsert("intentions", IntentionRecord.columns, changes.intentions.map(\.rowValues))
        try upsert("intervals", IntervalRecord.columns, changes.intervals.map(\.rowValues))
        try upsert("sessions", SessionRecord.columns, changes.sessions.map(\.rowValues))
        try upsert("work_hour_rules", WorkHourRule.columns, changes.workHourRules.map(\.rowValues))
        if !changes.removedWorkHourRuleIDs.isEmpty {
            let delete = try database.prepare("DELETE FROM work_hour_rules WHERE id = ?")
            for id in changes.removedWorkHourRuleIDs {
                try delete.bind([.integer(id)])
                try delete.step()
            }
        }
        if !changes.removedSessionIDs.isEmpty {
            let delete = try database.prepare("DELETE FROM sessions WHERE id = ?")
            for id in changes.removedSessionIDs {
                try delete.bind([.integer(id)])
                try delete.step()
            }
        }
        model.markSaved()
    }

    private func upsert(
        _ table: String, _ columns: String, _ rows: [[SQLiteValue]]
    ) throws(DatabaseError) {
        guard let width = rows.first?.count else { return }
        let placeholders = Array(repeating: "?", count: width).joined(separator: ", ")
        let statement = try database.prepare(
            "INSERT OR REPLACE INTO \(table) (\(columns)) VALUES (\(placeholders))")
        for row in rows {
            try statement.bind(row)
            try statement.step()
        }
    }
}
