/// A one-line text field: the HUD's prompts for a title or an estimate.
///
/// Text is a sequence of grapheme clusters with the cursor between them; columns are
/// measured with ``ColumnWidth``, so wide characters (CJK, emoji) take two.
///
/// The characters are kept in an array, so the cursor is an index and a key typed (or a
/// character of a paste) at the end costs O(1); showing the field costs O(width), not
/// O(length). A 5,000-character paste is linear work.
public struct LineEditor: Equatable, Sendable {
    /// The characters typed so far.
    private var characters: [Character]
    /// The cursor, as a count of characters before it.
    public private(set) var cursor: Int

    /// The text typed so far.
    ///
    /// - Complexity: O(length).
    public var text: String { String(characters) }

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
        characters = Array(text)
        cursor = characters.count
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
        case .right: cursor = min(characters.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = characters.count
        case _ where key.isControl("a"): cursor = 0
        case _ where key.isControl("e"): cursor = characters.count
        case _ where key.isControl("u"): remove(from: 0)
        case _ where key.isControl("w"): remove(from: wordStart())
        default: break
        }
        return .editing
    }

    /// The columns before the cursor.
    ///
    /// - Complexity: O(cursor).
    public var cursorColumn: Int { characters[..<cursor].reduce(0) { $0 + ColumnWidth.of($1) } }

    /// The part of the text to show in `width` columns so the cursor stays in view, and the
    /// cursor's column within it; the text scrolls left when the cursor nears the edge.
    ///
    /// - Complexity: O(characters shown): it walks back from the cursor, never from the start.
    func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        // The earliest first character that leaves a column for the cursor itself after the
        // characters before it.
        var first = cursor
        var cursorColumn = 0
        while first > 0 {
            let columns = ColumnWidth.of(characters[first - 1])
            guard cursorColumn + columns <= width - 1 else { break }
            cursorColumn += columns
            first -= 1
        }
        var shown = ""
        var used = 0
        for character in characters[first...] {
            let columns = ColumnWidth.of(character)
            if used + columns > width { break }
            shown.append(character)
            used += columns
        }
        return (shown, cursorColumn)
    }

    /// Inserts at the cursor; a character that joins its neighbour into one grapheme cluster
    /// (a combining mark, the second half of a flag) merges with it instead.
    private mutating func insert(_ character: Character) {
        if cursor > 0, let joined = Self.joined(characters[cursor - 1], character) {
            characters[cursor - 1] = joined
        } else if cursor < characters.count,
            let joined = Self.joined(character, characters[cursor])
        {
            characters[cursor] = joined
        } else {
            characters.insert(character, at: cursor)
            cursor += 1
        }
    }

    /// `first` and `second` as one character when they form a single grapheme cluster.
    private static func joined(_ first: Character, _ second: Character) -> Character? {
        var text = String(first)
        text.append(second)
        return text.count == 1 ? text.first : nil
    }

    /// Removes the characters from `start` up to the cursor.
    private mutating func remove(from start: Int) {
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Where the word before the cursor starts: back over spaces, then over the word.
    private func wordStart() -> Int {
        var index = cursor
        while index > 0, characters[index - 1] == " " { index -= 1 }
        while index > 0, characters[index - 1] != " " { index -= 1 }
        return index
    }
}
