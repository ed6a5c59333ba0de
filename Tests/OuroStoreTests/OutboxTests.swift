import OuroStore
import Testing

/// The hook outbox: events claimed in order, each marked delivered on its own.
@Suite struct OutboxTests {
    /// An event for a pomodoro (or break) with row id `record`.
    private static func event(_ name: String, record: Int, at time: Double) -> OutboxEvent {
        OutboxEvent(
            name: name, key: "\(name):\(record)", time: time, kind: "pomodoro", start: time - 300,
            end: time)
    }

    /// A dead claimant's batch, cut after its first event was marked: the next claimant
    /// gets the unmarked rest, oldest first, then its own new events.
    @Test func abandonedEventsAreClaimedBeforeNewOnesAndMarkedOneByOne() throws {
        let directory = TemporaryDirectory()
        let store = try Store(directory: directory.path)
        let dead: Int32 = 1_000_001
        let first = try store.database.write { _ in
            try store.claimEvents(
                [
                    (Self.event("interval-end", record: 1, at: 1_310), true),
                    (Self.event("pomodoro-end", record: 1, at: 1_310), true),
                    (Self.event("break-start", record: 2, at: 1_310), true),
                ], at: 1_400, claimant: dead, reclaiming: nil)
        }
        #expect(first.map(\.name) == ["interval-end", "pomodoro-end", "break-start"])
        try store.markDelivered([first[0].id], at: 1_400)
        let next = try store.database.write { _ in
            try store.claimEvents(
                [(Self.event("break-end", record: 2, at: 1_610), true)], at: 1_700, claimant: 7,
                reclaiming: { $0 != dead })
        }
        #expect(next.map(\.name) == ["pomodoro-end", "break-start", "break-end"])
        #expect(next.map(\.id) == next.map(\.id).sorted())
        #expect(
            try store.database.scalar(
                "SELECT count(*) FROM events WHERE delivered IS NULL AND claimant = 7")
                == .integer(3))
    }
}
