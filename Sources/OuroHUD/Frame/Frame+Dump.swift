extension Frame {
    /// The frame as text, one string per row, trailing spaces removed.
    ///
    /// Wide glyphs appear once; tests compare these lines with golden files.
    public var lines: [String] {
        rows { Character($0.glyph) }
    }

    /// ``lines`` joined with newlines.
    public var text: String { lines.joined(separator: "\n") }

    /// Each cell's ``ColorRole/code``, one string per row; blank cells are spaces.
    public var roleLines: [String] {
        rows { $0.isBlank ? " " : $0.role.code }
    }

    /// Each cell's shade as a digit (0 dim, 1 normal, 2 bright), one string per row;
    /// blank cells are spaces.
    public var shadeLines: [String] {
        rows { $0.isBlank ? " " : Character(String($0.shade.rawValue)) }
    }

    private func rows(_ symbol: (Cell) -> Character) -> [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width {
                let cell = self[row, column]
                if cell.width > 0 { line.append(symbol(cell)) }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
