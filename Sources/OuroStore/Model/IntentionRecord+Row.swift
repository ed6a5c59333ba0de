import OuroCore

extension IntentionRecord {
    /// The `intentions` columns in the order ``init(row:)`` reads and ``rowValues`` writes.
    static let columns = """
        id, title, description, created, modified, worked, abandoned, completion_pomodoro, \
        completion_at, completion_points, completion_accuracy, estimates, pomodoros
        """

    /// The intention on the statement's current row (selected with ``columns``).
    ///
    /// - Throws: ``DatabaseError`` naming the value when one is out of its ``StoredRange``.
    init(row statement: Statement) throws(DatabaseError) {
        var row = StoredRow(statement, table: "intentions")
        row.id = try row.int(0, "id")
        var completion: Completion?
        if let pomodoro = try row.optionalInt(7, "completion pomodoro") {
            completion = Completion(
                pomodoroID: pomodoro, at: try row.double(8, "completion time"),
                points: try row.double(9, "completion points", in: StoredRange.points),
                accuracyPoints: try row.double(
                    10, "completion accuracy points", in: StoredRange.points))
        }
        let estimateFields = PackedBytes.fields(statement.blob(at: 11) ?? [])
        var estimates: [Estimate] = []
        estimates.reserveCapacity(estimateFields.count / 3)
        var offset = 0
        while offset + 3 <= estimateFields.count {
            let duration = Double(bitPattern: estimateFields[offset])
            estimates.append(
                Estimate(
                    duration: try row.checked(
                        duration, "estimate", in: StoredRange.duration),
                    madeAt: try row.checked(
                        Double(bitPattern: estimateFields[offset + 1]), "estimate time",
                        in: StoredRange.time),
                    earnsPoint: estimateFields[offset + 2] != 0))
            guard duration > 0 else { throw row.failure("estimate \(duration) is not positive") }
            offset += 3
        }
        var pomodoroIDs: [Int] = []
        for field in PackedBytes.fields(statement.blob(at: 12) ?? []) {
            let id = Int64(bitPattern: field)
            guard id >= 0, id <= Int64(StoredRange.counter.upperBound) else {
                throw row.failure("pomodoro id \(id) is out of range")
            }
            pomodoroIDs.append(Int(id))
        }
        self.init(
            id: try row.int(0, "id"), title: statement.string(at: 1) ?? "",
            description: statement.string(at: 2) ?? "", created: try row.double(3, "created"),
            modified: try row.double(4, "modified"), estimates: estimates,
            pomodoroIDs: pomodoroIDs,
            workedSeconds: try row.double(5, "time worked", in: StoredRange.duration),
            isAbandoned: statement.int64(at: 6) != 0, completion: completion)
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
