/// The time left in large glyphs, five rows tall: block elements, or `#` in ASCII.
enum BigDigits {
    /// Rows in every glyph.
    static let height = 5

    /// The rows of `text` (digits, `:` and `-`) in big glyphs, one space between glyphs.
    static func rows(_ text: String, glyphs: GlyphSet) -> [String] {
        let ink: Character = glyphs == .unicode ? "█" : "#"
        var rows = Array(repeating: "", count: height)
        for (offset, character) in text.enumerated() {
            let glyph = font[character] ?? font["-"]!
            for row in 0..<height {
                if offset > 0 { rows[row] += " " }
                rows[row] += String(glyph[row].map { $0 == "#" ? ink : " " })
            }
        }
        return rows
    }

    /// Columns `text` takes in big glyphs.
    static func width(_ text: String) -> Int {
        rows(text, glyphs: .ascii).first?.count ?? 0
    }

    private static let font: [Character: [String]] = [
        "0": ["####", "#  #", "#  #", "#  #", "####"],
        "1": ["  # ", " ## ", "  # ", "  # ", " ###"],
        "2": ["####", "   #", "####", "#   ", "####"],
        "3": ["####", "   #", " ###", "   #", "####"],
        "4": ["#  #", "#  #", "####", "   #", "   #"],
        "5": ["####", "#   ", "####", "   #", "####"],
        "6": ["####", "#   ", "####", "#  #", "####"],
        "7": ["####", "   #", "  # ", " #  ", " #  "],
        "8": ["####", "#  #", "####", "#  #", "####"],
        "9": ["####", "#  #", "####", "   #", "####"],
        ":": [" ", "#", " ", "#", " "],
        "-": ["    ", "    ", "####", "    ", "    "],
    ]
}
