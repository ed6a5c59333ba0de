import Testing

@testable import OuroHUD

/// Golden frames of each overlay over the pomodoro fixture.
@Suite struct OverlayGoldenTests {
    let unicode = HUDRenderer(glyphs: .unicode)

    /// The overlays by name, each reached by pressing keys from normal mode.
    static let overlays: [(name: String, keys: [Key])] = [
        ("newIntention", [.character("n")] + "Write the 日本 notes".map { Key.character($0) }),
        ("estimate", [.character("n"), .character("x"), .enter, .character("2"), .character("5")]),
        ("startPicker", [.character("s"), .down]),
        ("evaluate", [.character("e")]),
        ("list", [.character("l")]),
        ("help", [.character("?")]),
        ("status", []),
    ]

    static let catalog = HUDCatalog(
        intentions: [
            .init(id: 3, title: "Write the HUD renderer", pomodoros: 2),
            .init(id: 2, title: "Answer the review", pomodoros: 1, status: .completed),
            .init(id: 1, title: "Read the spec", pomodoros: 1, status: .abandoned),
        ],
        pomodoros: [
            .init(id: 4, title: "Read the spec", startClock: "09:00", evaluation: .focused),
            .init(id: 6, title: "Answer the review", startClock: "09:10", evaluation: .achieved),
            .init(id: 8, title: "Write the HUD renderer", startClock: "11:30"),
        ],
        latestPomodoroID: 8)

    static func interaction(_ name: String) -> HUDInteraction {
        var interaction = HUDInteraction(catalog: catalog)
        let keys = overlays.first { $0.name == name }?.keys ?? []
        for key in keys { _ = interaction.handle(key, at: Fixtures.pomodoro.now) }
        if name == "status" {
            interaction.report("Started “Write the HUD renderer”", at: Fixtures.pomodoro.now - 1)
        }
        return interaction
    }

    static let names = overlays.map(\.name)

    @Test(arguments: names) func at100x30(name: String) throws {
        let frame = unicode.frame(
            for: Fixtures.pomodoro, interaction: Self.interaction(name), width: 100, height: 30)
        try Golden.check(frame, "overlay-\(name)-100x30")
    }

    @Test(arguments: names) func at80x24(name: String) throws {
        let frame = unicode.frame(
            for: Fixtures.pomodoro, interaction: Self.interaction(name), width: 80, height: 24)
        try Golden.check(frame, "overlay-\(name)-80x24")
    }

    @Test(arguments: ["startPicker", "evaluate"]) func at40x12(name: String) throws {
        let frame = unicode.frame(
            for: Fixtures.pomodoro, interaction: Self.interaction(name), width: 40, height: 12)
        try Golden.check(frame, "overlay-\(name)-40x12")
    }

    @Test(arguments: ["newIntention", "startPicker", "evaluate", "list", "status"]) func tiny(
        name: String
    ) throws {
        let frame = unicode.frame(
            for: Fixtures.pomodoro, interaction: Self.interaction(name), width: 30, height: 1)
        try Golden.check(frame, "overlay-\(name)-30x1")
    }

    @Test func asciiPicker() throws {
        let frame = HUDRenderer(glyphs: .ascii).frame(
            for: Fixtures.pomodoro, interaction: Self.interaction("startPicker"), width: 80,
            height: 24)
        try Golden.check(frame, "overlay-startPicker-80x24-ascii")
        #expect(frame.cells.allSatisfy { $0.glyph.isASCII })
    }

    /// Normal mode and no status: the overlay frame is the plain frame.
    @Test func noOverlayLeavesTheFrameAlone() {
        let plain = unicode.frame(for: Fixtures.pomodoro, width: 80, height: 24)
        let overlaid = unicode.frame(
            for: Fixtures.pomodoro, interaction: HUDInteraction(catalog: Self.catalog), width: 80,
            height: 24)
        #expect(plain == overlaid)
    }

    /// Once the evaluation question is put off, the hint lists the normal keys, where `a`
    /// abandons, not the evaluation keys.
    @Test func hintAfterThePutOffQuestionListsTheNormalKeys() {
        var catalog = Self.catalog
        catalog.awaitingReviewID = 8
        var interaction = HUDInteraction(catalog: catalog)
        _ = interaction.handle(.escape, at: 0)
        var state = Fixtures.breakTime
        state.awaitingEvaluation = true
        let frame = unicode.frame(for: state, interaction: interaction, width: 80, height: 24)
        #expect(frame.lines[23].contains("a abandon"))
        #expect(!frame.lines[23].contains("achieved"))
    }

    /// The editor's cursor is one reversed cell after the text.
    @Test func editorCursorIsReversed() {
        let frame = unicode.frame(
            for: Fixtures.pomodoro, interaction: Self.interaction("estimate"), width: 80,
            height: 24)
        let row = frame.lines[22]
        #expect(row.hasPrefix("Estimate for “x”: 25"))
        let cursorColumn = ColumnWidth.of("Estimate for “x”: 25")
        #expect(frame[22, cursorColumn].attributes.contains(.reverse))
        #expect(!frame[22, cursorColumn - 1].attributes.contains(.reverse))
    }
}

@Suite struct OverlayDeadlineTests {
    /// A status message that expires before the next second wakes the loop at its expiry;
    /// once gone, the plain deadline stands.
    @Test func statusExpiryIsADeadline() {
        let renderer = HUDRenderer(glyphs: .unicode)
        var state = Fixtures.pomodoro
        var interaction = HUDInteraction()
        interaction.report("Done", at: state.now - StatusMessage.duration + 0.25)
        let plain = renderer.nextDeadline(for: state, width: 80, height: 24)
        #expect(plain > state.now + 0.25)
        #expect(
            renderer.nextDeadline(for: state, interaction: interaction, width: 80, height: 24)
                == state.now + 0.25)
        state.now += 0.5
        #expect(
            renderer.nextDeadline(for: state, interaction: interaction, width: 80, height: 24)
                == renderer.nextDeadline(for: state, width: 80, height: 24))
        let frame = renderer.frame(for: state, interaction: interaction, width: 80, height: 24)
        #expect(!frame.lines[23].contains("Done"))
    }
}
