import OuroCore
import Testing
import TimerTree

@testable import OuroHUD

/// Commands carried out on a model, and the messages they leave.
@Suite struct HUDCommandTests {
    static func session() throws -> Nexus {
        var nexus = Nexus()
        try nexus.addSession(from: 1000, to: 9000, at: 900)
        return nexus
    }

    @Test func intendCreatesWithEstimate() throws {
        var nexus = try Self.session()
        let message = try HUDCommand.intend(title: "Plan", estimate: 5400).apply(
            to: &nexus, at: 1000)
        #expect(message == "Intention 1 created: “Plan”, estimated 1h30m")
        #expect(nexus.intention(1)?.estimates.map(\.duration) == [5400])
    }

    @Test func startNewCreatesAndStarts() throws {
        var nexus = try Self.session()
        let message = try HUDCommand.startNew(title: "Fix").apply(to: &nexus, at: 1100)
        #expect(message == "Pomodoro started: “Fix”")
        #expect(nexus.currentInterval?.kind == .pomodoro)
        #expect(nexus.currentInterval?.intentionID == 1)
        // Starting again during the pomodoro changes nothing.
        #expect(
            try HUDCommand.start(intentionID: 1).apply(to: &nexus, at: 1200)
                == "A pomodoro is already running")
    }

    @Test func evaluateAndAbandon() throws {
        var nexus = try Self.session()
        _ = try HUDCommand.startNew(title: "Fix").apply(to: &nexus, at: 1100)
        let pomodoro = try #require(nexus.latestPomodoro?.id)
        #expect(pomodoro == 2)  // the session's start prompt is interval 1
        #expect(
            try HUDCommand.evaluate(pomodoroID: pomodoro, result: .focused).apply(
                to: &nexus, at: 1200) == "Pomodoro 1 evaluated focused")
        #expect(
            try HUDCommand.abandon(intentionID: 1).apply(to: &nexus, at: 1300) == "Abandoned “Fix”")
        #expect(nexus.intention(1)?.isAbandoned == true)
        // The pomodoro and its streak end now; inside the session a start prompt follows.
        #expect(nexus.currentInterval?.kind == .startPrompt)
        #expect(nexus.awaitingReview == nil)
        #expect(HUDCatalog(nexus: nexus, now: 1300, zone: .utc).awaitingReviewID == nil)
    }

    /// Issue 10 item 13: "type a new one" names intentions as the command line does.
    @Test func startNewReusesTheNewestOpenIntentionWithTheTitle() throws {
        var nexus = try Self.session()
        let open = try nexus.addIntention(title: "Fix", at: 1000)
        let message = try HUDCommand.startNew(title: "Fix").apply(to: &nexus, at: 1100)
        #expect(message == "Pomodoro started: “Fix”")
        #expect(nexus.intentions.count == 1)
        #expect(nexus.currentInterval?.intentionID == open)
    }

    @Test func theCatalogKnowsWhenTheBreakEnds() throws {
        var nexus = try Self.session()
        _ = try HUDCommand.startNew(title: "Fix").apply(to: &nexus, at: 1100)
        #expect(HUDCatalog(nexus: nexus, now: 1100, zone: .utc).breakEnd == nil)
        nexus.advance(to: 1500)
        #expect(HUDCatalog(nexus: nexus, now: 1500, zone: .utc).breakEnd == 1700)
    }

    @Test func refusalsThrowTheModelsError() throws {
        var nexus = try Self.session()
        #expect(throws: NexusError.noSuchIntention(7)) {
            try HUDCommand.start(intentionID: 7).apply(to: &nexus, at: 1000)
        }
        #expect(try HUDCommand.quit.apply(to: &nexus, at: 1000) == "")
    }

    @Test(arguments: [(45.0, "45s"), (1500, "25m"), (7200, "2h"), (5400, "1h30m")])
    func durations(seconds: Double, text: String) {
        #expect(HUDCommand.duration(seconds) == text)
    }
}
