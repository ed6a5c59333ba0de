import OuroCore
import Testing
import TimerTree

/// model.md "Sessions never overlap": sessions added by hand are checked against the
/// sessions there are and the ones the rules will give.
@Suite struct SessionOverlapTests {
    private let hour = 3600.0
    /// Monday 6 May 2024, 00:00 UTC.
    private let monday = 1_714_953_600.0

    private func wall(_ hour: Int) -> WallTime { WallTime(hour: hour, minute: 0)! }

    /// A model with a one-off session 10:00–12:00, advanced to 11:00.
    private func withSession() throws -> Nexus {
        var nexus = Nexus()
        try nexus.addSession(from: monday + 10 * hour, to: monday + 12 * hour, at: monday)
        nexus.advance(to: monday + 11 * hour)
        return nexus
    }

    @Test func aSessionThatHasAlreadyEndedIsRefused() throws {
        var nexus = try withSession()
        let now = monday + 11 * hour
        #expect(throws: NexusError.sessionAlreadyEnded(end: monday + 9 * hour)) {
            try nexus.addSession(from: monday + 8 * hour, to: monday + 9 * hour, at: now)
        }
        #expect(throws: NexusError.sessionAlreadyEnded(end: now)) {
            try nexus.addSession(from: monday + 8 * hour, to: now, at: now)
        }
        #expect(nexus.sessions.count == 1)
    }

    @Test func anOverlappingSessionIsRefusedNamingTheConflict() throws {
        var nexus = Nexus()
        let now = monday + 11 * hour
        try nexus.addSession(from: monday + 12 * hour, to: monday + 14 * hour, at: now)
        let existing = try #require(nexus.sessions.first)
        for (start, end) in [(13.0, 15.0), (11.5, 12.5), (11.0, 16.0), (12.5, 13.0), (12, 14)] {
            #expect(throws: NexusError.sessionOverlaps(existing)) {
                try nexus.addSession(from: monday + start * hour, to: monday + end * hour, at: now)
            }
        }
        #expect(nexus.sessions.count == 1)
        // Touching is fine, on either side.
        try nexus.addSession(from: monday + 14 * hour, to: monday + 15 * hour, at: now)
        try nexus.addSession(from: monday + 11.5 * hour, to: monday + 12 * hour, at: now)
        #expect(nexus.sessions.count == 3)
    }

    @Test func aSessionLastsAtMostADay() throws {
        var nexus = Nexus()
        #expect(throws: NexusError.sessionTooLong(start: monday, end: monday + 86_401)) {
            try nexus.addSession(from: monday, to: monday + 86_401, at: monday - hour)
        }
        try nexus.addSession(from: monday, to: monday + 86_400, at: monday - hour)
        #expect(nexus.sessions.count == 1)
    }

    @Test func aSessionOverlappingARulesSessionIsRefused() throws {
        var nexus = Nexus()
        try nexus.addWorkHourRule(
            weekdays: [.monday, .tuesday], from: wall(9), to: wall(17), zone: .utc, at: monday)
        nexus.advance(to: monday + 10 * hour)
        let today = try #require(nexus.activeSession)
        // The one under way is a session like any other.
        #expect(throws: NexusError.sessionOverlaps(today)) {
            try nexus.addSession(
                from: monday + 16 * hour, to: monday + 18 * hour, at: monday + 10 * hour)
        }
        // Tomorrow's has not started yet: it is not a record, but it is refused all the same.
        let tuesday = monday + 86_400
        #expect(
            throws: NexusError.sessionOverlapsWorkHours(
                start: tuesday + 9 * hour, end: tuesday + 17 * hour)
        ) {
            try nexus.addSession(
                from: tuesday + 8 * hour, to: tuesday + 10 * hour, at: monday + 10 * hour)
        }
        try nexus.addSession(
            from: monday + 17 * hour, to: tuesday + 9 * hour, at: monday + 10 * hour)
        nexus.advance(to: tuesday + 12 * hour)
        let spans = nexus.sessions.map { [$0.start - monday, $0.end - monday] }
        #expect(
            spans == [[9 * hour, 17 * hour], [17 * hour, 33 * hour], [33 * hour, 41 * hour]])
    }

    @Test func aRuleSessionIsGeneratedAroundOneOffSessions() throws {
        var nexus = Nexus()
        try nexus.addSession(from: monday + 12 * hour, to: monday + 13 * hour, at: monday)
        try nexus.addWorkHourRule(
            weekdays: [.monday], from: wall(9), to: wall(17), zone: .utc, at: monday)
        nexus.advance(to: monday + 14 * hour)
        let spans = nexus.sessions.sorted { $0.start < $1.start }.map {
            [$0.start - monday, $0.end - monday]
        }
        #expect(
            spans == [[9 * hour, 12 * hour], [12 * hour, 13 * hour], [13 * hour, 17 * hour]])
        #expect(nexus.activeSession?.isAutomatic == true)
    }
}
