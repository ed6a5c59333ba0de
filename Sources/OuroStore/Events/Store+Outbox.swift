import OuroCore

extension Store {
    /// The outbox columns, in ``OutboxEvent`` order.
    static let outboxColumns =
        #"id, name, "key", time, kind, start, "end", intention, title, points_before, points_after"#

    /// Records `events` in the outbox; call inside the write transaction that observed them.
    ///
    /// An event whose key is already recorded is skipped (another run saw it first). Each
    /// new event with `claim` set is claimed for `claimant` (a process id): only that process
    /// runs its hooks, after the transaction commits. New events without `claim` are stored
    /// as delivered at once — nothing would run for them, and adding a hook later must not
    /// replay the past.
    ///
    /// - Returns: the claimed events, with their row ids, in order.
    public func recordEvents(
        _ events: [(event: OutboxEvent, claim: Bool)], at now: Double, claimant: Int32
    ) throws(DatabaseError) -> [OutboxEvent] {
        guard !events.isEmpty else { return [] }
        let insert = try database.prepare(
            #"INSERT OR IGNORE INTO events (name, "key", time, kind, start, "end", intention, "#
                + "title, points_before, points_after, observed, claimant, delivered) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        var claimed: [OutboxEvent] = []
        for (event, claim) in events {
            try insert.bind([
                .text(event.name), .text(event.key), .real(event.time), .text(event.kind),
                .real(event.start), .real(event.end),
                event.intentionID.map { .integer(Int64($0)) } ?? .null,
                event.intentionTitle.map { .text($0) } ?? .null,
                event.pointsBeforeLoss.map { .real($0) } ?? .null,
                event.pointsAfterLoss.map { .real($0) } ?? .null,
                .real(now), claim ? .integer(Int64(claimant)) : .null, claim ? .null : .real(now),
            ])
            try insert.step()
            if claim, database.changes == 1 {
                var recorded = event
                recorded.id = database.lastInsertRowID
                claimed.append(recorded)
            }
        }
        return claimed
    }

    /// Records a run's events (``recordEvents(_:at:claimant:)``) and, when `isAlive` is
    /// given, takes over abandoned ones (``reclaimAbandonedEvents(claimant:isAlive:)``); call
    /// inside the run's write transaction.
    ///
    /// - Returns: everything `claimant` must now deliver, in the order the events were
    ///   recorded — abandoned events, recorded by an earlier run, before this run's — so
    ///   hooks see events in the order they happened.
    public func claimEvents(
        _ events: [(event: OutboxEvent, claim: Bool)], at now: Double, claimant: Int32,
        reclaiming isAlive: ((Int32) -> Bool)?
    ) throws -> [OutboxEvent] {
        let reclaimed =
            try isAlive.map { try reclaimAbandonedEvents(claimant: claimant, isAlive: $0) } ?? []
        let recorded = try recordEvents(events, at: now, claimant: claimant)
        return reclaimed + recorded
    }

    /// Takes over undelivered events whose claimant has died (it was killed between its
    /// commit and marking them delivered); call inside a write transaction.
    ///
    /// - Parameter isAlive: whether a process id still runs (`kill(pid, 0)`).
    /// - Returns: the events now claimed by `claimant`, in order.
    public func reclaimAbandonedEvents(
        claimant: Int32, isAlive: (Int32) -> Bool
    ) throws -> [OutboxEvent] {
        let pending = try database.query(
            "SELECT claimant, \(Self.outboxColumns) FROM events WHERE delivered IS NULL "
                + "ORDER BY id"
        ) { row in
            (claimant: Int32(truncatingIfNeeded: row.int64(at: 0)), event: Self.event(row, from: 1))
        }
        let abandoned = pending.filter { $0.claimant != claimant && !isAlive($0.claimant) }
        guard !abandoned.isEmpty else { return [] }
        let update = try database.prepare("UPDATE events SET claimant = ? WHERE id = ?")
        for entry in abandoned {
            try update.bind([.integer(Int64(claimant)), .integer(entry.event.id)])
            try update.step()
        }
        return abandoned.map(\.event)
    }

    /// Marks claimed events delivered (their hooks have run, or failed, or were killed).
    ///
    /// Delivery marks each event as soon as its hook ends, so a process killed in the middle
    /// of a batch leaves only the events whose hooks had not finished for the next run.
    public func markDelivered(_ ids: [Int64], at now: Double) throws {
        guard !ids.isEmpty else { return }
        try database.write { database in
            let update = try database.prepare(
                "UPDATE events SET delivered = ?, claimant = NULL WHERE id = ?")
            for id in ids {
                try update.bind([.real(now), .integer(id)])
                try update.step()
            }
        }
    }

    /// Recorded events after row `id` (and, when given, happening at or after `since`), in
    /// the order they were recorded.
    public func events(after id: Int64, since: Double? = nil) throws -> [OutboxEvent] {
        try database.query(
            "SELECT \(Self.outboxColumns) FROM events WHERE id > ? AND time >= ? ORDER BY id",
            [.integer(id), .real(since ?? -.infinity)]
        ) { Self.event($0, from: 0) }
    }

    /// The id of the last recorded event (0 when none).
    public func lastEventID() throws(DatabaseError) -> Int64 {
        guard case .integer(let id) = try database.scalar("SELECT max(id) FROM events") else {
            return 0
        }
        return id
    }

    private static func event(_ row: Statement, from first: Int32) -> OutboxEvent {
        func optionalInt(_ index: Int32) -> Int? {
            row.isNull(at: first + index) ? nil : Int(row.int64(at: first + index))
        }
        func optionalReal(_ index: Int32) -> Double? {
            row.isNull(at: first + index) ? nil : row.double(at: first + index)
        }
        var event = OutboxEvent(
            name: row.string(at: first + 1) ?? "", key: row.string(at: first + 2) ?? "",
            time: row.double(at: first + 3), kind: row.string(at: first + 4) ?? "",
            start: row.double(at: first + 5), end: row.double(at: first + 6),
            intentionID: optionalInt(7), intentionTitle: row.string(at: first + 8),
            pointsBeforeLoss: optionalReal(9), pointsAfterLoss: optionalReal(10))
        event.id = row.int64(at: first)
        return event
    }
}
