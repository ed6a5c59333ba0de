import Testing

@testable import OuroHUD

@Suite struct GoldenFrameTests {
    static let kinds = HUDState.Kind.allCases
    let unicode = HUDRenderer(glyphs: .unicode)
    let ascii = HUDRenderer(glyphs: .ascii)

    @Test(arguments: kinds) func largeAt100x30(kind: HUDState.Kind) throws {
        let frame = unicode.frame(for: Fixtures.state(kind), width: 100, height: 30)
        try Golden.check(frame, "\(kind.rawValue)-100x30")
    }

    @Test(arguments: kinds) func largeAt80x24(kind: HUDState.Kind) throws {
        let frame = unicode.frame(for: Fixtures.state(kind), width: 80, height: 24)
        try Golden.check(frame, "\(kind.rawValue)-80x24")
    }

    @Test(arguments: [(40, 12), (20, 5), (10, 1), (30, 3)])
    func smallerTerminals(width: Int, height: Int) throws {
        let frame = unicode.frame(for: Fixtures.pomodoro, width: width, height: height)
        try Golden.check(frame, "pomodoro-\(width)x\(height)")
    }

    @Test func startPromptSmall() throws {
        let frame = unicode.frame(for: Fixtures.startPrompt, width: 40, height: 12)
        try Golden.check(frame, "startPrompt-40x12")
    }

    @Test func asciiLarge() throws {
        let frame = ascii.frame(for: Fixtures.startPrompt, width: 80, height: 24)
        try Golden.check(frame, "startPrompt-80x24-ascii")
        #expect(frame.cells.allSatisfy { $0.glyph.isASCII })
    }

    @Test(arguments: [(40, 12), (10, 1)])
    func asciiSmaller(width: Int, height: Int) throws {
        let frame = ascii.frame(for: Fixtures.pomodoro, width: width, height: height)
        try Golden.check(frame, "pomodoro-\(width)x\(height)-ascii")
        #expect(frame.cells.allSatisfy { $0.glyph.isASCII })
    }

    /// Half a second into the pulse at 10:30: the ring and digits at their brightest.
    @Test func pomodoroAtPulsePeak() throws {
        var state = Fixtures.pomodoro
        state.now = state.start + 630.5
        let frame = unicode.frame(for: state, width: 100, height: 30)
        try Golden.check(frame, "pomodoro-100x30-pulse")
    }

    @Test func minutesOnly() throws {
        var state = Fixtures.pomodoro
        state.showsSeconds = false
        let frame = unicode.frame(for: state, width: 80, height: 24)
        try Golden.check(frame, "pomodoro-80x24-minutes")
    }
}
