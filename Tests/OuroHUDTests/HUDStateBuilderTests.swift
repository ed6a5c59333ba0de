import OuroCore
import Testing
import TimerTree

@testable import OuroHUD

/// The state built from scripted models: what the HUD shows at each point of a day.
@Suite struct HUDStateBuilderTests {
    static let losAngeles = try! Zone(identifier: "America/Los_Angeles")

    /// 09:00 on Monday 23 November 2026 in Los Angeles (17:00 UTC).
    static let monday9 = losAngeles.instant(
        of: CivilDateTime(year: 2026, month: 11, day: 23, hour: 9, minute: 0)!)

    /// The model's worked example: a manual session 1000–2000, advanced to 1100.
    @Test func startPromptInTheExampleSession() throws {
        var nexus = Nexus()
        try nexus.addSession(from: 1000, to: 2000, at: 900)
        nexus.advance(to: 1100)
        let state = HUDState(nexus: nexus, now: 1100, zone: .utc)
        #expect(state.kind == .startPrompt)
        #expect(state.start == 1100)
        #expect(state.end == 1400)
        #expect(state.endClock == "00:23")
        #expect(
            state.loss
                == HUDState.Loss(pointsBefore: 21.25, pointsAfter: 15.25, at: 1400, clock: "00:23"))
        #expect(
            state.reminderText
                == "Set an intention — 21.25 points possible, 6 will be lost at 00:23")
        #expect(state.title == "Start a pomodoro: press s")
        let session = try #require(state.session)
        #expect(session.start == 1000 && session.end == 2000)
        #expect(session.startClock == "00:16" && session.endClock == "00:33")
        #expect(session.score == 0)
        #expect(session.perfectScore == nexus.perfectScore(of: nexus.activeSession!))
        // From 1100: a 5-minute pomodoro ends at 1400; after its break (1700) the 10-minute
        // one would end at 2300, past 2000.
        #expect(session.pomodorosThatFit == 1)
        #expect(session.segments.isEmpty)
        #expect(!state.awaitingEvaluation)
    }

    /// A model behind `now` is advanced on a copy: the same prompt appears.
    @Test func advancesAModelThatIsBehind() throws {
        var nexus = Nexus()
        try nexus.addSession(from: 1000, to: 2000, at: 900)
        let state = HUDState(nexus: nexus, now: 1100, zone: .utc)
        #expect(state.kind == .startPrompt)
        #expect(state.loss?.pointsBefore == 21.25)
    }

    /// A model with a session from 09:00 for `hours` and a pomodoro started at 09:00 on
    /// `title`, advanced to `elapsed` seconds later.
    static func workday(
        hours: Double = 8, pomodoroOn title: String, elapsed: Double
    ) throws
        -> Nexus
    {
        let start = monday9
        var nexus = Nexus()
        try nexus.addSession(from: start, to: start + hours * 3600, at: start - 60)
        let id = try nexus.addIntention(title: title, at: start)
        try nexus.startPomodoro(intention: id, at: start)
        nexus.advance(to: start + elapsed)
        return nexus
    }

    @Test func runningPomodoroInLosAngeles() throws {
        let zone = Self.losAngeles
        let start = Self.monday9
        let nexus = try Self.workday(pomodoroOn: "Write the state builder", elapsed: 100)
        let state = HUDState(
            nexus: nexus, now: start + 100, zone: zone, options: HUDOptions(showsSeconds: false))
        #expect(state.kind == .pomodoro)
        #expect(state.start == start)
        #expect(state.end == start + 300)
        #expect(state.endClock == "09:05")
        #expect(state.title == "Write the state builder")
        #expect(!state.showsSeconds)
        let session = try #require(state.session)
        #expect(session.startClock == "09:00" && session.endClock == "17:00")
        #expect(session.segments == [.init(.pomodoro(nil), start: start, end: start + 100)])
        // Intention created (3) and set (1).
        #expect(session.score == 4)
        #expect(session.pomodorosThatFit > 0)
    }

    @Test func breakAsksForTheEvaluation() throws {
        let start = Self.monday9
        var nexus = try Self.workday(pomodoroOn: "Plan the week", elapsed: 400)
        let state = HUDState(nexus: nexus, now: start + 400, zone: Self.losAngeles)
        #expect(state.kind == .breakTime)
        #expect(state.start == start + 300 && state.end == start + 600)
        #expect(state.endClock == "09:10")
        #expect(state.title == "Break — stand up and look away")
        #expect(state.awaitingEvaluation)
        #expect(
            state.session?.segments == [
                .init(.pomodoro(nil), start: start, end: start + 300),
                .init(.breakTime, start: start + 300, end: start + 400),
            ])

        let catalog = HUDCatalog(nexus: nexus, now: start + 400, zone: Self.losAngeles)
        let pomodoroID = try #require(nexus.awaitingReview?.id)
        #expect(catalog.awaitingReviewID == pomodoroID)
        #expect(catalog.latestPomodoroID == pomodoroID)
        #expect(
            catalog.pomodoros == [
                .init(id: pomodoroID, title: "Plan the week", startClock: "09:00")
            ])
        let interaction = HUDInteraction(catalog: catalog)
        #expect(
            interaction.mode
                == .evaluate(pomodoroID: pomodoroID, title: "Plan the week", automatic: true))

        try nexus.evaluate(pomodoro: pomodoroID, as: .focused, at: start + 450)
        let evaluated = HUDState(nexus: nexus, now: start + 450, zone: Self.losAngeles)
        #expect(!evaluated.awaitingEvaluation)
        #expect(evaluated.session?.segments.first?.kind == .pomodoro(.focused))
    }

    /// In a grace period the next pomodoro would be backdated to its start, and the streak
    /// plan continues: 10, then 20 and 30 minutes with their breaks.
    @Test func graceContinuesTheStreakForPomodorosThatFit() throws {
        let start = Self.monday9
        let nexus = try Self.workday(hours: 1, pomodoroOn: "Tidy", elapsed: 650)
        let state = HUDState(nexus: nexus, now: start + 650, zone: Self.losAngeles)
        #expect(state.kind == .gracePeriod)
        #expect(state.title == "Continue the streak: press s")
        // Backdated to 600: 10 min ends at 1200, break to 1500, 20 min ends at 2700, break
        // to 3000, 30 min would end at 4800 > 3600.
        #expect(state.session?.pomodorosThatFit == 2)
    }

    @Test func idleOutsideWorkHoursShowsTheNextSession() throws {
        let zone = Self.losAngeles
        let sundayEvening = Self.monday9 - 13 * 3600
        var nexus = Nexus()
        try nexus.addWorkHourRule(
            weekdays: [.monday, .tuesday, .wednesday, .thursday, .friday],
            from: WallTime(hour: 9, minute: 0)!, to: WallTime(hour: 17, minute: 0)!, zone: zone,
            at: sundayEvening)
        nexus.advance(to: sundayEvening)
        let state = HUDState(nexus: nexus, now: sundayEvening, zone: zone)
        #expect(state.kind == .idle)
        #expect(state.end == nil)
        #expect(state.endClock == "")
        #expect(state.title == "Work hours start at 09:00 Mon")
        #expect(state.session == nil)
        #expect(state.loss == nil)
    }

    /// The day line keeps the session that ended earlier today, with nothing more to fit.
    @Test func afterTheSessionTheDayLineShowsItsScore() throws {
        var nexus = Nexus()
        try nexus.addSession(from: 1000, to: 2000, at: 900)
        let id = try nexus.addIntention(title: "Read", at: 1000)
        try nexus.startPomodoro(intention: id, at: 1000)
        nexus.advance(to: 2500)
        let state = HUDState(nexus: nexus, now: 2500, zone: .utc)
        #expect(state.kind == .idle)
        #expect(state.title == "Outside work hours")
        let session = try #require(state.session)
        #expect(session.start == 1000)
        #expect(session.pomodorosThatFit == 0)
        // Created 3, set 1, one break completed 1.
        #expect(session.score == 5)
    }

    @Test func catalogListsIntentionsNewestFirstWithStatus() throws {
        var nexus = Nexus()
        try nexus.addSession(from: 1000, to: 5000, at: 900)
        let first = try nexus.addIntention(title: "First", at: 1000)
        let second = try nexus.addIntention(title: "Second", at: 1001)
        let third = try nexus.addIntention(title: "Third", at: 1002)
        try nexus.abandon(second, at: 1003)
        try nexus.startPomodoro(intention: third, at: 1004)
        try nexus.evaluate(pomodoro: nexus.latestPomodoro!.id, as: .achieved, at: 1100)
        let catalog = HUDCatalog(nexus: nexus, now: 1200, zone: .utc)
        #expect(catalog.intentions.map(\.id) == [third, second, first])
        #expect(catalog.intentions.map(\.status) == [.completed, .abandoned, .open])
        #expect(catalog.startable.map(\.title) == ["First"])
        #expect(catalog.pomodoros.map(\.evaluation) == [.achieved])
    }
}
