import Testing

@testable import OuroHUD

@Suite struct FrameTests {
    @Test func writesClipAtTheEdgeAndTheLimit() {
        var frame = Frame(width: 8, height: 2)
        #expect(frame.write("pomodoro!", row: 0, column: 2) == 6)
        #expect(frame.write("break", row: 1, column: 0, limit: 3) == 3)
        #expect(frame.lines == ["  pomodo", "bre"])
    }

    @Test func wideGlyphsTakeTwoColumns() {
        var frame = Frame(width: 6, height: 1)
        #expect(frame.write("日本語", row: 0, column: 0) == 6)
        #expect(frame[0, 0].width == 2)
        #expect(frame[0, 1].width == 0)
        #expect(frame.lines == ["日本語"])
        // Overwriting the right half of 本 blanks its left half.
        frame.write("x", row: 0, column: 3)
        #expect(frame.lines == ["日 x語"])
        // A wide glyph that does not fit is not drawn.
        var narrow = Frame(width: 3, height: 1)
        #expect(narrow.write("日本", row: 0, column: 0) == 2)
    }

    @Test func columnWidths() {
        #expect(ColumnWidth.of("a" as Character) == 1)
        #expect(ColumnWidth.of("🍅" as Character) == 2)
        #expect(ColumnWidth.of("é") == 1)
        #expect(ColumnWidth.of("e\u{301}") == 1)
        #expect(ColumnWidth.of("⣿" as Character) == 1)
    }

    @Test func dumpsShowRolesAndShades() {
        var frame = Frame(width: 6, height: 1)
        frame.write("ab", row: 0, column: 0, role: .pomodoroElapsed, shade: .bright)
        frame.write("c", row: 0, column: 3, role: .idle, shade: .dim)
        #expect(frame.roleLines == ["GG i"])
        #expect(frame.shadeLines == ["22 0"])
    }

    @Test func glyphSetFromCodeset() {
        #expect(GlyphSet(codeset: "UTF-8") == .unicode)
        #expect(GlyphSet(codeset: "utf8") == .unicode)
        #expect(GlyphSet(codeset: "ANSI_X3.4-1968") == .ascii)
        #expect(GlyphSet.ascii.displayable("Café — ok…") == "Caf? - ok...")
        #expect(GlyphSet.unicode.truncated("Write the HUD", to: 6) == "Write…")
        #expect(GlyphSet.ascii.truncated("Write the HUD", to: 6) == "Write~")
    }
}

@Suite struct LayoutTests {
    @Test func layoutByTerminalSize() {
        #expect(HUDLayout(width: 100, height: 30) == .large)
        #expect(HUDLayout(width: 80, height: 24) == .large)
        #expect(HUDLayout(width: 40, height: 12) == .small)
        #expect(HUDLayout(width: 20, height: 5) == .small)
        #expect(HUDLayout(width: 10, height: 1) == .tiny)
        #expect(HUDLayout(width: 200, height: 4) == .tiny)
    }

    @Test func emptyTerminalGivesAnEmptyFrame() {
        let frame = HUDRenderer(glyphs: .unicode).frame(for: Fixtures.pomodoro, width: 0, height: 0)
        #expect(frame.cells.isEmpty)
    }

    @Test func tinyShowsKindAndTimeLeft() {
        let renderer = HUDRenderer(glyphs: .unicode)
        #expect(
            renderer.frame(for: Fixtures.pomodoro, width: 14, height: 1).lines == ["pomodoro 14:13"]
        )
        #expect(
            renderer.frame(for: Fixtures.breakTime, width: 10, height: 1).lines == ["brk 03:20"])
        #expect(renderer.frame(for: Fixtures.pomodoro, width: 5, height: 1).lines == ["14:13"])
    }

    @Test func dayLineCursorAndSegments() {
        let session = Fixtures.session(now: Fixtures.day + 9647)
        let line = DayLine(session: session, now: Fixtures.day + 9647)
        #expect(line.cursorColumn(width: 96) == 32)
        var frame = Frame(width: 96, height: 1)
        line.draw(into: &frame, row: 0, column: 0, width: 96, glyphs: .unicode)
        #expect(frame[0, 0].role == .focused)
        #expect(frame[0, 2].role == .achieved)
        #expect(frame[0, 32].glyph == "┃")
        #expect(frame[0, 33].glyph == "─")
    }

    @Test func keyHintAsksForTheEvaluation() {
        var frame = Frame(width: 80, height: 1)
        KeyHint.draw(into: &frame, row: 0, awaitingEvaluation: true)
        #expect(frame.lines[0].contains("d distracted  i interrupted  f focused  a achieved"))
        var narrow = Frame(width: 20, height: 1)
        KeyHint.draw(into: &narrow, row: 0, awaitingEvaluation: false)
        #expect(narrow.lines == ["   n s e a l ? q"])
    }
}
