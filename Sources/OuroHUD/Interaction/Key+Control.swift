extension Key {
    /// The key a terminal sends for Ctrl and a letter: the letter's control character.
    static func control(_ letter: Character) -> Key {
        let value = letter.asciiValue.map { $0 & 0x1F } ?? 0
        return .character(Character(Unicode.Scalar(value)))
    }

    /// Whether this is Ctrl and `letter`.
    func isControl(_ letter: Character) -> Bool { self == .control(letter) }

    /// The character typed, if it is printable (not a control character).
    var printable: Character? {
        guard case .character(let character) = self,
            let first = character.unicodeScalars.first,
            first.value >= 0x20, first.value != 0x7F
        else { return nil }
        return character
    }
}
