import Testing

@testable import ouro

/// The one rule for user text in human-readable output, CSV cells, tmux formats and JSON.
@Suite struct DisplayTextTests {
    @Test func controlCharactersAreShownEscaped() {
        #expect(DisplayText.escaped("Write report") == "Write report")
        #expect(DisplayText.escaped("日本 é #1") == "日本 é #1")
        #expect(
            DisplayText.escaped("Evil\u{1B}]2;PWNED\u{07}")
                == "Evil\\u{1B}]2;PWNED\\u{7}")
        #expect(DisplayText.escaped("a\nb\r\nc\td") == "a\\u{A}b\\u{D}\\u{A}c\\u{9}d")
        #expect(
            DisplayText.escaped("\u{7F}\u{80}\u{9B}\u{9F}\u{A0}")
                == "\\u{7F}\\u{80}\\u{9B}\\u{9F}\u{A0}")
        #expect(DisplayText.escaped("\u{0}\u{1F}") == "\\u{0}\\u{1F}")
    }

    /// Exactly C0, DEL and C1: the characters the HUD draws as nothing.
    @Test func theControlSetIsC0DelAndC1() {
        let controls = (0..<0x100).filter { DisplayText.isControl(Unicode.Scalar(UInt8($0))) }
        #expect(controls == Array(0..<0x20) + Array(0x7F..<0xA0))
        #expect(!DisplayText.isControl("\u{2028}"))
    }

    @Test func tmuxTextDoublesEveryHash() {
        #expect(DisplayText.tmux("#[fg=red]#{pane_title}##") == "##[fg=red]##{pane_title}####")
        #expect(DisplayText.tmux("a\u{1B}#") == "a\\u{1B}##")
        #expect(DisplayText.tmux("plain") == "plain")
    }

    @Test(arguments: [
        ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"),
        ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""), ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""), ("\t=x", "\\u{9}=x"), ("\r=x", "\\u{D}=x"),
        ("a\nb", "a\\u{A}b"), ("x=1", "x=1"), ("", ""), ("Write report", "Write report"),
    ])
    func csvCellsAreNeutralisedAndQuoted(text: String, cell: String) {
        #expect(DisplayText.csvCell(text) == cell)
    }

    /// JSON escapes every C0 control, DEL, C1 and the line separators as `\uXXXX`.
    @Test func jsonEscapesEveryControl() {
        var out = JSONText()
        out.beginArray()
        out.string("a\u{1B}\u{7F}\u{85}\u{9F}\u{2028}\u{2029}\u{A0}\u{1}\n")
        out.endArray()
        #expect(out.text == "[\"a\\u001b\\u007f\\u0085\\u009f\\u2028\\u2029\u{A0}\\u0001\\n\"]")
    }
}
