import OuroCore

extension IntervalRecord {
    /// The `intervals` columns in the order ``init(row:)`` reads and ``rowValues`` writes.
    static let columns = """
        id, kind, start, "end", streak, position, intention, evaluation, evaluated_at, \
        points_before, points_after, number, set_at
        """

    /// The interval on the statement's current row, or nil when its kind or evaluation is
    /// not one this build knows.
    init?(row: Statement) {
        guard let kind = IntervalKind(rawValue: row.string(at: 1) ?? "") else { return nil }
        var evaluation: Evaluation?
        if let text = row.string(at: 7) {
            guard let result = EvaluationResult(rawValue: text) else { return nil }
            evaluation = Evaluation(result: result, at: row.double(at: 8))
        }
        self.init(
            id: row.int(at: 0), kind: kind, start: row.double(at: 2), end: row.double(at: 3),
            streakID: row.optionalInt(at: 4), indexInStreak: row.optionalInt(at: 5),
            intentionID: row.optionalInt(at: 6), evaluation: evaluation,
            pointsBeforeLoss: row.optionalDouble(at: 9),
            pointsAfterLoss: row.optionalDouble(at: 10),
            number: row.optionalInt(at: 11), setAt: row.optionalDouble(at: 12))
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
