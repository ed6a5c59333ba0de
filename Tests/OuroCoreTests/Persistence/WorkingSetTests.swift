import OuroCore
import Testing

@Suite struct WorkingSetTests {
    /// The records a store would load for the window starting at `windowStart`.
    private func workingSet(of full: Nexus, windowStart: Double) throws -> Nexus {
        let live = full.live
        // The window's intervals, the one running at its start and those evaluated inside it.
        let running = full.intervals.last { $0.start < windowStart }
        var intervals = full.intervals.filter { interval in
            interval.start >= windowStart || interval.id == running?.id
                || (interval.evaluation?.at ?? -.infinity) >= windowStart
        }
        for id in live.requiredIntervalIDs where !intervals.contains(where: { $0.id == id }) {
            intervals.append(try #require(full.interval(id)))
        }
        let referenced = Set(intervals.compactMap(\.intentionID))
        let intentions = full.intentions.filter { intention in
            referenced.contains(intention.id) || intention.created >= windowStart
                || intention.estimates.contains { $0.madeAt >= windowStart }
        }
        return try Nexus(
            live: live, intentions: intentions.reversed(), intervals: intervals.reversed(),
            sessions: full.sessions.filter { $0.end > windowStart },
            workHourRules: full.workHourRules)
    }

    @Test func windowQueriesMatchTheFullHistory() throws {
        let full = try sampleHistory()
        let partial = try workingSet(of: full, windowStart: 4000)
        #expect(partial.intervals.count < full.intervals.count)
        #expect(
            partial.scoreEvents(from: 4000, through: 7000)
                == full.scoreEvents(from: 4000, through: 7000))
        #expect(partial.score(from: 4000, through: 7000) > 0)
        #expect(partial.currentInterval == full.currentInterval)
        #expect(partial.activeSession == full.activeSession)
    }

    @Test func commandsOnAWorkingSetNumberAndScoreLikeTheFullModel() throws {
        var full = try sampleHistory()
        var partial = try workingSet(of: full, windowStart: 6000)
        partial.markSaved()
        let running = try #require(full.live.currentIntervalID)
        let fullID = try full.addIntention(title: "new", estimate: 600, at: 6200)
        let partialID = try partial.addIntention(title: "new", estimate: 600, at: 6200)
        #expect(fullID == partialID)
        full.advance(to: 9000)
        partial.advance(to: 9000)
        #expect(partial.score(from: 6000, through: 9000) == full.score(from: 6000, through: 9000))
        let changes = partial.changes
        // "read" changed too: its running pomodoro ended and added to its worked time.
        #expect(changes.intentions.map(\.id) == [2, partialID])
        #expect(changes.intervals.map(\.id) == full.intervals.filter { $0.id >= running }.map(\.id))
        #expect(changes.intervals.allSatisfy { full.interval($0.id) == $0 })
        #expect(changes.live == full.live)
        partial.markSaved()
        #expect(partial.changes.isEmpty)
    }

    @Test func aWorkingSetMissingTheRunningIntervalIsRefused() throws {
        let full = try sampleHistory()
        let current = try #require(full.live.currentIntervalID)
        #expect(throws: NexusError.missingRecord(kind: "interval", id: current)) {
            try Nexus(
                live: full.live, intentions: full.intentions,
                intervals: full.intervals.filter { $0.id != current }, sessions: [],
                workHourRules: [])
        }
    }
}
