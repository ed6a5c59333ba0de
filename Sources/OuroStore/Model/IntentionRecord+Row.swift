import OuroCore

extension IntentionRecord {
    /// The `intentions` columns in the order ``init(row:)`` reads and ``rowValues`` writes.
    static let columns = """
        id, title, description, created, modified, worked, abandoned, completion_pomodoro, \
        completion_at, completion_points, completion_accuracy, estimates, pomodoros
        """

    /// The intention on the statement's current row (selected with ``columns``).
    init(row: Statement) {
        var completion: Completion?
        if let pomodoro = row.optionalInt(at: 7) {
            completion = Completion(
                pomodoroID: pomodoro, at: row.double(at: 8), points: row.double(at: 9),
                accuracyPoints: row.double(at: 10))
        }
        let estimateFields = PackedBytes.fields(row.blob(at: 11) ?? [])
        var estimates: [Estimate] = []
        estimates.reserveCapacity(estimateFields.count / 3)
        var offset = 0
        while offset + 3 <= estimateFields.count {
            estimates.append(
                Estimate(
                    duration: Double(bitPattern: estimateFields[offset]),
                    madeAt: Double(bitPattern: estimateFields[offset + 1]),
                    earnsPoint: estimateFields[offset + 2] != 0))
            offset += 3
        }
        self.init(
            id: row.int(at: 0), title: row.string(at: 1) ?? "",
            description: row.string(at: 2) ?? "", created: row.double(at: 3),
            modified: row.double(at: 4), estimates: estimates,
            pomodoroIDs: PackedBytes.fields(row.blob(at: 12) ?? []).map {
                Int(Int64(bitPattern: $0))
            },
            workedSeconds: row.double(at: 5), isAbandoned: row.int(at: 6) != 0,
            completion: completion)
    }

    /// The values for ``columns``, in order.
    var rowValues: [SQLiteValue] {
        var packedEstimates = PackedBytes(capacity: estimates.count * 24)
        for estimate in estimates {
            packedEstimates.append(estimate.duration)
            packedEstimates.append(estimate.madeAt)
            packedEstimates.append(estimate.earnsPoint ? 1 : 0)
        }
        var packedPomodoros = PackedBytes(capacity: pomodoroIDs.count * 8)
        for id in pomodoroIDs { packedPomodoros.append(id) }
        return [
            .integer(id), .text(title), .text(description), .real(created), .real(modified),
            .real(workedSeconds), .integer(isAbandoned ? 1 : 0),
            .integer(completion?.pomodoroID), .real(completion?.at), .real(completion?.points),
            .real(completion?.accuracyPoints), .blob(packedEstimates.bytes),
            .blob(packedPomodoros.bytes),
        ]
    }
}
