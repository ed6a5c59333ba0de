/// How many terminal columns a character takes, without asking the C library.
///
/// `wcwidth` depends on the process locale, which tests and pure code must not depend on;
/// this table covers the East Asian wide ranges and emoji, which is what titles contain.
enum ColumnWidth {
    /// Columns for one extended grapheme cluster: 0, 1 or 2.
    static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return of(first)
    }

    /// Columns for one scalar.
    static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        // Fast paths for what the HUD draws most: ASCII, box drawing, blocks and braille.
        if (0x20..<0x7F).contains(value) || (0x2500...0x28FF).contains(value) { return 1 }
        if value == 0 { return 0 }
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if scalar.properties.isEmojiPresentation { return 2 }
        return wideRanges.contains { $0.contains(value) } ? 2 : 1
    }

    /// Columns for a string.
    static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
        0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
