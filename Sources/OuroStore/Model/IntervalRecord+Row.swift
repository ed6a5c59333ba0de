import OuroCore

extension IntervalRecord {
    /// The `intervals` columns in the order ``init(row:)`` reads and ``rowValues`` writes.
    static let columns = """
        id, kind, start, "end", streak, position, intention, evaluation, evaluated_at, \
        points_before, points_after, number, set_at
        """

    /// The interval on the statement's current row, or nil when its kind or evaluation is
    /// not one this build knows.
    ///
    /// - Throws: ``DatabaseError`` naming the value when one is out of its ``StoredRange``.
    init?(row statement: Statement) throws(DatabaseError) {
        guard let kind = IntervalKind(rawValue: statement.string(at: 1) ?? "") else {
            return nil
        }
        var row = StoredRow(statement, table: "intervals")
        row.id = try row.int(0, "id")
        var evaluation: Evaluation?
        if let text = statement.string(at: 7) {
            guard let result = EvaluationResult(rawValue: text) else { return nil }
            evaluation = Evaluation(result: result, at: try row.double(8, "evaluation time"))
        }
        let start = try row.double(2, "start")
        let end = try row.double(3, "end")
        _ = try row.checked(end - start, "length", in: StoredRange.duration)
        self.init(
            id: try row.int(0, "id"), kind: kind, start: start, end: end,
            streakID: try row.optionalInt(4, "streak"),
            indexInStreak: try row.optionalInt(5, "position"),
            intentionID: try row.optionalInt(6, "intention"), evaluation: evaluation,
            pointsBeforeLoss: try row.optionalDouble(9, "points before", in: StoredRange.points),
            pointsAfterLoss: try row.optionalDouble(10, "points after", in: StoredRange.points),
            number: try row.optionalInt(11, "number"), setAt: try row.optionalDouble(12, "set time")
        )
    }

    /// The values for ``columns``, in order.
    var rowValues: [SQLiteValue] {
        [
            .integer(id), .text(kind.rawValue), .real(start), .real(end), .integer(streakID),
            .integer(indexInStreak), .integer(intentionID),
            evaluation.map { .text($0.result.rawValue) } ?? .null, .real(evaluation?.at),
            .real(pointsBeforeLoss), .real(pointsAfterLoss), .integer(number), .real(setAt),
        ]
    }
}
