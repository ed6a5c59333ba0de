/// The time left in large glyphs, five rows tall: block elements, or `#` in ASCII.
enum BigDigits {
    /// Rows in every glyph.
    static let height = 5

    /// The inked cells of `text` (digits, `:`, `-` and the minutes' `m`) in big glyphs with one column
    /// between glyphs, as (row, column) pairs from the top left.
    static func ink(_ text: String) -> [(row: Int, column: Int)] {
        var cells: [(row: Int, column: Int)] = []
        var left = 0
        for character in text {
            let glyph = font[character] ?? font["-"]!
            for (row, columns) in glyph.ink.enumerated() {
                for column in columns { cells.append((row, left + column)) }
            }
            left += glyph.width + 1
        }
        return cells
    }

    /// Columns `text` takes in big glyphs.
    static func width(_ text: String) -> Int {
        max(0, text.reduce(0) { $0 + (font[$1] ?? font["-"]!).width + 1 } - 1)
    }

    /// The rows of `text` in big glyphs, for tests and the eye.
    static func rows(_ text: String, glyphs: GlyphSet) -> [String] {
        var grid = Array(
            repeating: Array(repeating: " " as Character, count: width(text)), count: height)
        for cell in ink(text) { grid[cell.row][cell.column] = glyphs == .unicode ? "█" : "#" }
        return grid.map { String($0) }
    }

    /// One glyph: its width and, per row, the inked columns.
    private struct Glyph {
        var width: Int
        var ink: [[Int]]

        init(_ rows: [String]) {
            width = rows.first?.count ?? 0
            ink = rows.map { row in row.enumerated().filter { $0.element == "#" }.map(\.offset) }
        }
    }

    private static let font: [Character: Glyph] = [
        "0": Glyph(["####", "#  #", "#  #", "#  #", "####"]),
        "1": Glyph(["  # ", " ## ", "  # ", "  # ", " ###"]),
        "2": Glyph(["####", "   #", "####", "#   ", "####"]),
        "3": Glyph(["####", "   #", " ###", "   #", "####"]),
        "4": Glyph(["#  #", "#  #", "####", "   #", "   #"]),
        "5": Glyph(["####", "#   ", "####", "   #", "####"]),
        "6": Glyph(["####", "#   ", "####", "#  #", "####"]),
        "7": Glyph(["####", "   #", "  # ", " #  ", " #  "]),
        "8": Glyph(["####", "#  #", "####", "#  #", "####"]),
        "9": Glyph(["####", "#  #", "####", "   #", "####"]),
        ":": Glyph([" ", "#", " ", "#", " "]),
        "-": Glyph(["    ", "    ", "####", "    ", "    "]),
        "m": Glyph(["     ", "     ", "#### ", "# # #", "# # #"]),
    ]
}
