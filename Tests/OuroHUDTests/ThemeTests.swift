import Testing

@testable import OuroHUD

@Suite struct ThemeTests {
    @Test func capabilityFromColoursAndNoColor() {
        #expect(ColorCapability(colors: 256, noColor: false) == .extended)
        #expect(ColorCapability(colors: 16_777_216, noColor: false) == .extended)
        #expect(ColorCapability(colors: 8, noColor: false) == .eight)
        #expect(ColorCapability(colors: 0, noColor: false) == .monochrome)
        #expect(ColorCapability(colors: 256, noColor: true) == .monochrome)
    }

    @Test func extendedHasADimAndABrightShadePerColour() {
        let theme = Theme(capability: .extended)
        #expect(theme.style(for: .pomodoroElapsed, shade: .dim) == Style(foreground: 22))
        #expect(theme.style(for: .pomodoroElapsed, shade: .bright) == Style(foreground: 46))
        #expect(theme.style(for: .pomodoroRemaining, shade: .dim) == Style(foreground: 24))
        #expect(theme.style(for: .promptElapsed, shade: .bright) == Style(foreground: 196))
        #expect(theme.style(for: .promptRemaining, shade: .dim) == Style(foreground: 236))
        #expect(theme.style(for: .graceElapsed, shade: .normal) == Style(foreground: 141))
        #expect(theme.style(for: .graceRemaining, shade: .normal) == Style(foreground: 54))
        #expect(theme.style(for: .breakElapsed, shade: .bright) == Style(foreground: 255))
        #expect(theme.style(for: .plain, shade: .dim) == Style(attributes: .dim))
        #expect(theme.colorNumbers.count == 27)
    }

    @Test func eightColoursUseDimAndBold() {
        let theme = Theme(capability: .eight)
        #expect(
            theme.style(for: .pomodoroElapsed, shade: .dim)
                == Style(foreground: 2, attributes: .dim))
        #expect(theme.style(for: .pomodoroElapsed, shade: .normal) == Style(foreground: 2))
        #expect(
            theme.style(for: .pomodoroElapsed, shade: .bright)
                == Style(foreground: 2, attributes: .bold))
        #expect(theme.style(for: .pomodoroRemaining, shade: .normal) == Style(foreground: 4))
        // Dark grey is white a shade lower.
        #expect(theme.style(for: .idle, shade: .normal) == Style(foreground: 7, attributes: .dim))
        #expect(theme.style(for: .idle, shade: .bright) == Style(foreground: 7))
        #expect(theme.colorNumbers == [1, 2, 3, 4, 5, 7])
    }

    @Test func monochromeUsesAttributesOnly() {
        let theme = Theme(capability: .monochrome)
        for role in ColorRole.allCases {
            for shade in Shade.allCases {
                #expect(theme.style(for: role, shade: shade).foreground == nil)
            }
        }
        #expect(theme.style(for: .pomodoroElapsed, shade: .bright) == Style(attributes: .bold))
        #expect(theme.style(for: .pomodoroElapsed, shade: .dim) == Style(attributes: .dim))
        #expect(theme.colorNumbers.isEmpty)
    }

    @Test func cellAttributesAddToTheRole() {
        let theme = Theme(capability: .eight)
        let cell = Cell("q", role: .plain, shade: .bright, attributes: .underline)
        #expect(theme.style(for: cell) == Style(attributes: [.bold, .underline]))
    }

    /// The digits of a frame between pulses are the pomodoro's dim green; at the peak of
    /// a pulse its bright green.
    @Test func framesPulseThroughTheShades() {
        let theme = Theme(capability: .extended)
        let renderer = HUDRenderer(glyphs: .unicode)
        var state = Fixtures.pomodoro
        let quiet = renderer.frame(for: state, width: 80, height: 24)
        state.now = state.start + 630.5
        let peak = renderer.frame(for: state, width: 80, height: 24)
        let digit = (row: 7, column: 34)
        #expect(quiet[digit.row, digit.column].glyph == "█")
        #expect(theme.style(for: quiet[digit.row, digit.column]) == Style(foreground: 22))
        #expect(theme.style(for: peak[digit.row, digit.column]) == Style(foreground: 46))
        let mono = Theme(capability: .monochrome)
        #expect(mono.style(for: quiet[digit.row, digit.column]) == Style(attributes: .dim))
        #expect(mono.style(for: peak[digit.row, digit.column]) == Style(attributes: .bold))
    }
}
