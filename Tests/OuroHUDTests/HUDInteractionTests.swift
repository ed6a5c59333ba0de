import OuroCore
import Testing

@testable import OuroHUD

/// Every key path of the interaction machine, from keys to commands.
@Suite struct HUDInteractionTests {
    static let catalog = HUDCatalog(
        intentions: [
            .init(id: 3, title: "Write tests", pomodoros: 1),
            .init(id: 2, title: "Done already", pomodoros: 2, status: .completed),
            .init(id: 1, title: "Read the spec"),
        ],
        pomodoros: [.init(id: 7, title: "Write tests", startClock: "10:30", evaluation: .focused)],
        latestPomodoroID: 7)

    /// Feeds keys one by one and collects every command they produce.
    static func type(
        _ keys: [Key], into interaction: inout HUDInteraction, at now: Double = 100
    ) -> [HUDCommand] {
        keys.flatMap { interaction.handle($0, at: now) }
    }

    static func characters(_ text: String) -> [Key] { text.map { Key.character($0) } }

    @Test func newIntentionWithTitleAndEstimate() {
        var interaction = HUDInteraction(catalog: Self.catalog)
        var commands = Self.type([.character("n")] + Self.characters("Plan"), into: &interaction)
        #expect(commands.isEmpty)
        #expect(interaction.mode == .newIntentionTitle(LineEditor("Plan")))
        commands = Self.type([.enter], into: &interaction)
        #expect(commands.isEmpty)
        #expect(interaction.mode == .newIntentionEstimate(title: "Plan", LineEditor()))
        commands = Self.type(Self.characters("1h30m") + [.enter], into: &interaction)
        #expect(commands == [.intend(title: "Plan", estimate: 5400)])
        #expect(interaction.mode == .normal)
    }

    @Test func newIntentionWithoutEstimate() {
        var interaction = HUDInteraction(catalog: Self.catalog)
        let commands = Self.type(
            [.character("n")] + Self.characters("  Call Ana ") + [.enter, .enter],
            into: &interaction)
        #expect(commands == [.intend(title: "Call Ana", estimate: nil)])
    }

    @Test func emptyTitleIsNotAccepted() {
        var interaction = HUDInteraction(catalog: Self.catalog)
        let commands = Self.type([.character("n"), .character(" "), .enter], into: &interaction)
        #expect(commands.isEmpty)
        #expect(interaction.mode == .newIntentionTitle(LineEditor(" ")))
    }

    @Test func unreadableEstimateStaysAndReports() {
        var interaction = HUDInteraction(catalog: Self.catalog)
        let commands = Self.type(
            [.character("n"), .character("x"), .enter] + Self.characters("soon") + [.enter],
            into: &interaction, at: 50)
        #expect(commands.isEmpty)
        #expect(interaction.mode == .newIntentionEstimate(title: "x", LineEditor("soon")))
        let status = interaction.status(at: 50)
        #expect(status?.isError == true)
        #expect(status?.text == "Cannot read “soon” as an estimate: try 25m or 1h30m")
        #expect(interaction.status(at: 50 + StatusMessage.duration) == nil)
        #expect(interaction.nextDeadline(after: 50) == 54)
    }

    /// The picker `key` opens, or nil (and an issue) when it opens none.
    static func picker(after key: Character, in interaction: inout HUDInteraction) -> Picker? {
        _ = interaction.handle(.character(key), at: 0)
        switch interaction.mode {
        case .startPicker(let picker), .abandonPicker(let picker): return picker
        default:
            Issue.record("expected a picker, got \(interaction.mode)")
            return nil
        }
    }

    @Test func startPicksAnIntention() throws {
        var interaction = HUDInteraction(catalog: Self.catalog)
        let picker = try #require(Self.picker(after: "s", in: &interaction))
        #expect(picker.title == "Start a pomodoro on")
        // Completed intentions are left out; "type a new one" comes last.
        #expect(picker.rows.map(\.label) == ["Write tests", "Read the spec", "Type a new one…"])
        #expect(Self.type([.down, .enter], into: &interaction) == [.start(intentionID: 1)])
        #expect(interaction.mode == .normal)
    }

    @Test func startPicksByDigit() {
        var interaction = HUDInteraction(catalog: Self.catalog)
        #expect(
            Self.type([.character("s"), .character("1")], into: &interaction)
                == [.start(intentionID: 3)])
    }

    @Test func startTypesANewOne() {
        var interaction = HUDInteraction(catalog: Self.catalog)
        let commands = Self.type(
            [.character("s"), .end, .enter] + Self.characters("Fix the bug") + [.enter],
            into: &interaction)
        #expect(commands == [.startNew(title: "Fix the bug")])
    }

    @Test func startWithNothingStartableTypesANewOneAtOnce() {
        var interaction = HUDInteraction()
        _ = interaction.handle(.character("s"), at: 0)
        #expect(interaction.mode == .startNewTitle(LineEditor()))
    }

    @Test func evaluateTheLatestPomodoro() {
        var interaction = HUDInteraction(catalog: Self.catalog)
        _ = interaction.handle(.character("e"), at: 0)
        #expect(
            interaction.mode == .evaluate(pomodoroID: 7, title: "Write tests", automatic: false))
        // Keys that mean nothing here are ignored; the question stays.
        #expect(Self.type([.character("x")], into: &interaction).isEmpty)
        #expect(
            Self.type([.character("f")], into: &interaction)
                == [.evaluate(pomodoroID: 7, result: .focused)])
        #expect(interaction.mode == .normal)
    }

    @Test(arguments: [
        ("d", EvaluationResult.distracted), ("i", .interrupted), ("f", .focused),
        ("a", .achieved),
    ])
    func evaluationKeys(key: String, result: EvaluationResult) {
        var interaction = HUDInteraction(catalog: Self.catalog)
        #expect(
            Self.type([.character("e"), .character(Character(key))], into: &interaction)
                == [.evaluate(pomodoroID: 7, result: result)])
    }

    @Test func evaluateWithoutPomodoroReports() {
        var interaction = HUDInteraction()
        #expect(interaction.handle(.character("e"), at: 10).isEmpty)
        #expect(interaction.mode == .normal)
        #expect(interaction.status(at: 10)?.text == "No pomodoro to evaluate yet")
    }

    @Test func abandonPicksAnOpenIntention() throws {
        var interaction = HUDInteraction(catalog: Self.catalog)
        let picker = try #require(Self.picker(after: "a", in: &interaction))
        #expect(picker.title == "Abandon")
        #expect(picker.rows.map(\.intentionID) == [3, 1])
        #expect(
            Self.type([.down, .down, .up, .enter], into: &interaction) == [.abandon(intentionID: 3)]
        )
    }

    @Test func abandonWithNothingOpenReports() {
        var interaction = HUDInteraction()
        #expect(interaction.handle(.character("a"), at: 0).isEmpty)
        #expect(interaction.status(at: 0)?.text == "No open intention to abandon")
    }

    @Test func quit() {
        var interaction = HUDInteraction(catalog: Self.catalog)
        #expect(interaction.handle(.character("q"), at: 0) == [.quit])
    }

    @Test func listScrollsAndCloses() {
        var interaction = HUDInteraction(catalog: Self.catalog)
        _ = Self.type([.character("l"), .down, .down, .up], into: &interaction)
        #expect(interaction.mode == .list(scroll: 1))
        _ = Self.type([.character("q")], into: &interaction)
        #expect(interaction.mode == .normal)
    }

    @Test func helpClosesOnAnyKey() {
        var interaction = HUDInteraction(catalog: Self.catalog)
        _ = interaction.handle(.character("?"), at: 0)
        #expect(interaction.mode == .help)
        // The key that closes help does nothing else: q here does not quit.
        #expect(interaction.handle(.character("q"), at: 0).isEmpty)
        #expect(interaction.mode == .normal)
    }

    /// Esc leaves every mode without a command.
    @Test(arguments: ["n", "s", "e", "a", "l", "?"])
    func escapeCancels(key: Character) {
        var interaction = HUDInteraction(catalog: Self.catalog)
        _ = interaction.handle(.character(key), at: 0)
        #expect(interaction.mode != .normal)
        #expect(interaction.handle(.escape, at: 0).isEmpty)
        #expect(interaction.mode == .normal)
    }

    /// Esc at the estimate prompt leaves the prompt, not the intention: it is created
    /// without an estimate. Esc while typing a new title to start creates nothing.
    @Test func escapeSkipsTheEstimateAndCancelsTheNewTitle() {
        var interaction = HUDInteraction(catalog: Self.catalog)
        #expect(
            Self.type([.character("n"), .character("x"), .enter, .escape], into: &interaction)
                == [.intend(title: "x", estimate: nil)])
        #expect(interaction.mode == .normal)
        #expect(
            Self.type(
                [.character("s"), .end, .enter, .character("y"), .escape], into: &interaction
            ).isEmpty)
        #expect(interaction.mode == .normal)
    }

    /// Issue 10 item 16: Esc after an invalid estimate kept nothing of the new intention.
    @Test func escapeAfterAnUnreadableEstimateKeepsTheIntention() {
        var interaction = HUDInteraction(catalog: Self.catalog)
        let commands = Self.type(
            [.character("n")] + Self.characters("Plan") + [.enter] + Self.characters("soon")
                + [.enter, .escape],
            into: &interaction)
        #expect(commands == [.intend(title: "Plan", estimate: nil)])
        #expect(interaction.mode == .normal)
    }

    /// Issue 10 item 15: during a break `s` says so at once and opens no picker.
    @Test func startDuringABreakSaysSoAtOnce() {
        var catalog = Self.catalog
        catalog.breakEnd = 400
        var interaction = HUDInteraction(catalog: catalog)
        #expect(interaction.handle(.character("s"), at: 100).isEmpty)
        #expect(interaction.mode == .normal)
        #expect(interaction.status(at: 100)?.text == "On a break: start when it ends")
        // Once the break is over (even before the catalog is refreshed) `s` opens the picker.
        #expect(interaction.handle(.character("s"), at: 400).isEmpty)
        guard case .startPicker = interaction.mode else {
            Issue.record("expected the start picker, got \(interaction.mode)")
            return
        }
    }

    // MARK: The evaluation the HUD asks for after a pomodoro ends

    static func awaiting(_ id: Int) -> HUDCatalog {
        var catalog = Self.catalog
        catalog.pomodoros.append(.init(id: id, title: "Write tests", startClock: "11:00"))
        catalog.latestPomodoroID = id
        catalog.awaitingReviewID = id
        return catalog
    }

    @Test func asksWhenAPomodoroEnds() {
        var interaction = HUDInteraction(catalog: Self.catalog)
        #expect(interaction.mode == .normal)
        interaction.refresh(Self.awaiting(9))
        #expect(interaction.mode == .evaluate(pomodoroID: 9, title: "Write tests", automatic: true))
        #expect(
            interaction.handle(.character("a"), at: 0) == [
                .evaluate(pomodoroID: 9, result: .achieved)
            ])
        // Until the model catches up, the answered question is not asked again.
        interaction.refresh(Self.awaiting(9))
        #expect(interaction.mode == .normal)
    }

    @Test func escapePutsTheQuestionOffUntilTheNextPomodoroEnds() {
        var interaction = HUDInteraction(catalog: Self.awaiting(9))
        #expect(interaction.handle(.escape, at: 0).isEmpty)
        #expect(interaction.mode == .normal)
        interaction.refresh(Self.awaiting(9))
        #expect(interaction.mode == .normal)
        // `e` still evaluates it by hand.
        _ = interaction.handle(.character("e"), at: 0)
        #expect(
            interaction.mode == .evaluate(pomodoroID: 9, title: "Write tests", automatic: false))
        _ = interaction.handle(.escape, at: 0)
        interaction.refresh(Self.awaiting(11))
        #expect(
            interaction.mode == .evaluate(pomodoroID: 11, title: "Write tests", automatic: true))
    }

    @Test func otherKeysPassThroughTheQuestionWhichReturnsAfter() {
        var interaction = HUDInteraction(catalog: Self.awaiting(9))
        _ = interaction.handle(.character("n"), at: 0)
        #expect(interaction.mode == .newIntentionTitle(LineEditor()))
        interaction.refresh(Self.awaiting(9))
        #expect(interaction.mode == .newIntentionTitle(LineEditor()))
        _ = interaction.handle(.escape, at: 0)
        #expect(interaction.mode == .evaluate(pomodoroID: 9, title: "Write tests", automatic: true))
        #expect(interaction.handle(.character("q"), at: 0) == [.quit])
    }

    @Test func reportedResultsShowForAFewSeconds() {
        var interaction = HUDInteraction()
        interaction.report("Started “Write tests”", at: 1000)
        #expect(interaction.status(at: 1003.9)?.text == "Started “Write tests”")
        #expect(interaction.status(at: 1003.9)?.isError == false)
        #expect(interaction.status(at: 1004) == nil)
        #expect(interaction.nextDeadline(after: 1000) == 1004)
        #expect(interaction.nextDeadline(after: 1004) == nil)
    }
}

/// The line editor's keys, with wide characters measured in columns.
@Suite struct LineEditorTests {
    static func edit(_ keys: [Key], from text: String = "") -> LineEditor {
        var editor = LineEditor(text)
        for key in keys { _ = editor.handle(key) }
        return editor
    }

    @Test func insertsAtTheCursor() {
        let editor = Self.edit([.character("a"), .character("c"), .left, .character("b")])
        #expect(editor.text == "abc")
        #expect(editor.cursor == 2)
    }

    @Test func backspaceDeletesBeforeTheCursor() {
        #expect(Self.edit([.left, .backspace], from: "abc").text == "ac")
        #expect(Self.edit([.home, .backspace], from: "abc").text == "abc")
    }

    @Test func homeAndEndMove() {
        #expect(Self.edit([.home], from: "abc").cursor == 0)
        #expect(Self.edit([.home, .end], from: "abc").cursor == 3)
        #expect(Self.edit([.control("a")], from: "abc").cursor == 0)
        #expect(Self.edit([.home, .control("e")], from: "abc").cursor == 3)
        #expect(Self.edit([.home, .left, .right, .right, .right, .right], from: "ab").cursor == 2)
    }

    @Test func controlUDeletesToTheStart() {
        let editor = Self.edit([.left, .left, .control("u")], from: "hello world")
        #expect(editor.text == "ld")
        #expect(editor.cursor == 0)
    }

    @Test func controlWDeletesTheWordBefore() {
        #expect(Self.edit([.control("w")], from: "write the  tests  ").text == "write the  ")
        #expect(
            Self.edit([.control("w"), .control("w")], from: "write the tests").text == "write ")
        #expect(Self.edit([.home, .control("w")], from: "abc").text == "abc")
    }

    @Test func enterSubmitsAndEscapeCancels() {
        var editor = LineEditor("title")
        #expect(editor.handle(.enter) == .submitted("title"))
        #expect(editor.handle(.escape) == .cancelled)
        #expect(editor.handle(.character("x")) == .editing)
        #expect(editor.handle(.control("k")) == .editing)
        #expect(editor.text == "titlex")
    }

    @Test func controlCharactersAreNotInserted() {
        #expect(Self.edit([.control("k"), .character("\u{7F}")], from: "a").text == "a")
    }

    @Test func wideCharactersCountTwoColumns() {
        let editor = Self.edit([.character("日"), .character("本"), .character("!"), .left])
        #expect(editor.cursor == 2)
        #expect(editor.cursorColumn == 4)
        #expect(Self.edit([.backspace], from: "日本").text == "日")
    }

    @Test func combiningMarkJoinsItsCharacter() {
        let editor = Self.edit([.character("e"), .character("\u{301}"), .character("x")])
        #expect(editor.text == "e\u{301}x")
        #expect(editor.cursor == 2)
    }

    @Test func visibleScrollsToKeepTheCursorInView() {
        let editor = LineEditor("abcdefghij")
        let (text, column) = editor.visible(width: 5)
        #expect(text == "ghij")
        #expect(column == 4)
        let home = Self.edit([.home], from: "abcdefghij").visible(width: 5)
        #expect(home.text == "abcde" && home.cursorColumn == 0)
        let wide = LineEditor("日本語").visible(width: 5)
        #expect(wide.text == "本語" && wide.cursorColumn == 4)
    }
}

@Suite struct EstimateParserTests {
    @Test(arguments: [
        ("25m", 1500.0), ("1h30m", 5400), ("1.5h", 5400), ("90s", 90), ("45", 2700),
        (" 1h 5m ", 3900), ("2H", 7200), ("10000h", 36_000_000),
    ])
    func reads(text: String, seconds: Double) {
        #expect(EstimateParser.seconds(text) == seconds)
    }

    @Test(arguments: [
        "", "soon", "0", "-5", "m", "5x", "1h30", "0m", "1e300", "inf", "nan", "0x1p4", ".",
        "10001h", "600001", "1..5h", "٣m",
    ])
    func refuses(text: String) {
        #expect(EstimateParser.seconds(text) == nil)
    }
}
