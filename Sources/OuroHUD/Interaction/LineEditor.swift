/// A one-line text field: the HUD's prompts for a title or an estimate.
///
/// Text is a sequence of grapheme clusters with the cursor between them; columns are
/// measured with ``ColumnWidth``, so wide characters (CJK, emoji) take two.
public struct LineEditor: Equatable, Sendable {
    /// The text typed so far.
    public private(set) var text: String
    /// The cursor, as a count of characters before it.
    public private(set) var cursor: Int

    /// What a key did to the editor.
    public enum Outcome: Equatable, Sendable {
        /// Still editing (the text or cursor may have changed).
        case editing
        /// Enter: the text is done.
        case submitted(String)
        /// Esc: editing was given up.
        case cancelled
    }

    /// An editor holding `text`, with the cursor at its end.
    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// Applies one key: printable characters insert, Backspace deletes before the cursor,
    /// ←/→ and Home/End (or Ctrl-A/Ctrl-E) move, Ctrl-U deletes to the start, Ctrl-W
    /// deletes the word before the cursor, Enter submits, Esc cancels.
    public mutating func handle(_ key: Key) -> Outcome {
        if let character = key.printable {
            insert(character)
            return .editing
        }
        switch key {
        case .enter: return .submitted(text)
        case .escape: return .cancelled
        case .backspace: if cursor > 0 { remove(from: cursor - 1) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = text.count
        case _ where key.isControl("a"): cursor = 0
        case _ where key.isControl("e"): cursor = text.count
        case _ where key.isControl("u"): remove(from: 0)
        case _ where key.isControl("w"): remove(from: wordStart())
        default: break
        }
        return .editing
    }

    /// The columns before the cursor.
    public var cursorColumn: Int { ColumnWidth.of(text.prefix(cursor)) }

    /// The part of the text to show in `width` columns so the cursor stays in view, and the
    /// cursor's column within it; the text scrolls left when the cursor nears the edge.
    func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        let characters = Array(text)
        // Leave a column for the cursor itself after the last character.
        var first = 0
        while ColumnWidth.of(String(characters[first..<cursor])) > width - 1 { first += 1 }
        var shown = ""
        var used = 0
        for character in characters[first...] {
            let columns = ColumnWidth.of(character)
            if used + columns > width { break }
            shown.append(character)
            used += columns
        }
        return (shown, ColumnWidth.of(String(characters[first..<cursor])))
    }

    private mutating func insert(_ character: Character) {
        let index = text.index(text.startIndex, offsetBy: cursor)
        let before = text.count
        text.insert(character, at: index)
        // A combining mark joins the character before it rather than adding one.
        cursor += text.count - before
    }

    /// Removes the characters from `start` up to the cursor.
    private mutating func remove(from start: Int) {
        let lower = text.index(text.startIndex, offsetBy: start)
        let upper = text.index(text.startIndex, offsetBy: cursor)
        text.removeSubrange(lower..<upper)
        cursor = start
    }

    /// Where the word before the cursor starts: back over spaces, then over the word.
    private func wordStart() -> Int {
        let characters = Array(text.prefix(cursor))
        var index = characters.count
        while index > 0, characters[index - 1] == " " { index -= 1 }
        while index > 0, characters[index - 1] != " " { index -= 1 }
        return index
    }
}
