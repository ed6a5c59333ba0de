import OuroCore
import Testing

/// cli.md: `start` and `abandon` accept an id or a title; a title names the newest open
/// intention with that exact title (one rule, for the command line and the HUD alike).
@Suite struct IntentionReferenceTests {
    @Test func digitsAreAnIdAndAnythingElseATitle() {
        #expect(IntentionReference("12") == .id(12))
        #expect(IntentionReference("Write report") == .title("Write report"))
        #expect(IntentionReference("12b") == .title("12b"))
        #expect(IntentionReference("-3") == .title("-3"))
        #expect(IntentionReference("") == .title(""))
        #expect(IntentionReference("٣") == .title("٣"))
    }

    @Test func aTitleNamesTheNewestOpenIntentionWithExactlyThatTitle() throws {
        var nexus = Nexus()
        let first = try nexus.addIntention(title: "Write", at: 0)
        let second = try nexus.addIntention(title: "Write", at: 1)
        let closed = try nexus.addIntention(title: "Write", at: 2)
        _ = try nexus.addIntention(title: "write", at: 3)
        try nexus.abandon(closed, at: 4)
        #expect(nexus.newestOpenIntention(titled: "Write")?.id == second)
        #expect(try nexus.resolve(.title("Write")) == second)
        #expect(try nexus.resolve(.id(first)) == first)
        #expect(throws: NexusError.noOpenIntention(titled: "Writ")) {
            try nexus.resolve(.title("Writ"))
        }
        #expect(throws: NexusError.noSuchIntention(9)) { try nexus.resolve(.id(9)) }
    }

    @Test func startingByTitleReusesTheOpenIntentionOrCreatesOne() throws {
        var nexus = Nexus()
        let write = try nexus.addIntention(title: "Write", at: 0)
        try nexus.startPomodoro(on: .title("Write"), at: 0)
        #expect(nexus.currentInterval?.intentionID == write)
        #expect(nexus.intentions.count == 1)
        try nexus.abandon(.title("Write"), at: 60)
        #expect(nexus.intention(write)?.isAbandoned == true)
        // The only "Write" is abandoned now: starting by that title creates a new one.
        try nexus.startPomodoro(on: .title("Write"), at: 100)
        #expect(nexus.intentions.count == 2)
        #expect(nexus.currentInterval?.intentionID == 2)
        #expect(nexus.intention(2)?.title == "Write")
        #expect(nexus.intention(2)?.created == 100)
    }

    /// Nothing is created when nothing would start.
    @Test func aNewTitleDuringAPomodoroOrABreakCreatesNothing() throws {
        var (nexus, _) = try pomodoroStartedAtZero()
        #expect(
            try nexus.startPomodoro(on: .title("Read"), at: 100) == .alreadyStarted(pomodoroID: 1))
        nexus.advance(to: 400)
        #expect(try nexus.startPomodoro(on: .title("Read"), at: 400) == .onBreak(breakID: 2))
        #expect(nexus.intentions.count == 1)
    }

    @Test func abandoningByAnUnknownTitleChangesNothing() throws {
        var (nexus, id) = try pomodoroStartedAtZero()
        #expect(throws: NexusError.noOpenIntention(titled: "read")) {
            try nexus.abandon(.title("read"), at: 100)
        }
        #expect(nexus.intention(id)?.isAbandoned == false)
        #expect(nexus.currentInterval?.kind == .pomodoro)
    }
}
