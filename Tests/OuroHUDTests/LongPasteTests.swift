import Testing

@testable import OuroHUD

/// A paste into the title editor arrives as one key per character; typing or pasting 5,000
/// characters must be linear work (a 250-character paste used to take 39 s: every key and
/// every frame re-walked the whole text).
@Suite struct LongPasteTests {
    /// 5,000 characters: ASCII, wide CJK, an emoji, and combining marks that join the
    /// character before them (so the text has fewer characters than keys).
    static let pasted: [Key] = (0..<5_000).map { index in
        switch index % 10 {
        case 3: .character("日")
        case 6: .character("\u{301}")  // joins the "e" typed before it
        case 5: .character("e")
        case 9: .character("🍅")
        default: .character(Character(Unicode.Scalar(UInt8(97 + index % 26))))
        }
    }

    /// The text the paste must leave, built independently of the editor.
    static var expected: String {
        var text = ""
        for case .character(let character) in pasted {
            text.unicodeScalars += character.unicodeScalars
        }
        return text
    }

    /// Every key goes through the interaction machine and every key is followed by a frame,
    /// as in the HUD when keys trickle in; the time limit catches the old cubic behaviour.
    @Test(.timeLimit(.minutes(1)))
    func aLongPasteIsTakenWhole() async {
        var interaction = HUDInteraction(catalog: HUDCatalog())
        _ = interaction.handle(.character("n"), at: 0)
        var shownWidths: Set<Int> = []
        for key in Self.pasted {
            // A synchronous loop cannot be interrupted: give up here once the limit is hit.
            guard !Task.isCancelled else {
                Issue.record("the paste took longer than the time limit")
                return
            }
            #expect(interaction.handle(key, at: 0).isEmpty)
            guard case .newIntentionTitle(let editor) = interaction.mode else {
                Issue.record("left the title editor: \(interaction.mode)")
                return
            }
            let shown = editor.visible(width: 40)
            shownWidths.insert(ColumnWidth.of(shown.text))
            #expect(shown.cursorColumn <= 39)
        }
        guard case .newIntentionTitle(let editor) = interaction.mode else {
            Issue.record("left the title editor")
            return
        }
        #expect(editor.text == Self.expected)
        #expect(editor.text.unicodeScalars.count == 5_000)
        // Every 10 keys give 9 characters: the combining mark joins its "e".
        #expect(editor.cursor == 4_500)
        #expect(editor.cursorColumn == ColumnWidth.of(Self.expected))
        // Once the text is longer than the field, the field is full up to the cursor's column.
        let end = editor.visible(width: 40)
        #expect(end.cursorColumn >= 38 && end.cursorColumn <= 39)
        #expect(Self.expected.hasSuffix(end.text))
        #expect(shownWidths.max()! <= 40)
        // Enter submits the whole title.
        #expect(
            interaction.handle(.enter, at: 0) == []
                && interaction.mode == .newIntentionEstimate(title: Self.expected, LineEditor()))
    }

    /// Editing in the middle of a long text: Home, then typing, inserts at the front, and
    /// the field shows the start.
    @Test func typingAtTheStartOfALongText() {
        var editor = LineEditor(String(repeating: "x", count: 5_000))
        _ = editor.handle(.home)
        for character in "abc" { _ = editor.handle(.character(character)) }
        #expect(editor.cursor == 3)
        #expect(editor.text.hasPrefix("abcxxx") && editor.text.count == 5_003)
        let shown = editor.visible(width: 10)
        #expect(shown.text == "abcxxxxxxx" && shown.cursorColumn == 3)
        _ = editor.handle(.control("u"))
        #expect(editor.text.count == 5_000 && editor.cursor == 0)
    }
}
