/// A grid of cells: one screenful of the HUD, built without a terminal.
///
/// Frames are values: the renderer builds one from a ``HUDState`` and a size, tests compare
/// their dumps, and ``CursesScreen`` writes only the cells that differ from the last one.
public struct Frame: Equatable, Sendable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// The cells, row by row.
    public private(set) var cells: [Cell]

    /// A blank frame.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The cell at a row and column.
    public subscript(row: Int, column: Int) -> Cell {
        cells[row * width + column]
    }

    /// Whether a position is on the frame.
    func contains(row: Int, column: Int) -> Bool {
        row >= 0 && row < height && column >= 0 && column < width
    }

    /// Puts a cell, keeping wide glyphs whole: a wide glyph that is partly overwritten
    /// becomes blank, and a wide glyph that does not fit is not drawn.
    mutating func set(_ cell: Cell, row: Int, column: Int) {
        guard contains(row: row, column: column), cell.width > 0 else { return }
        if cell.width == 2, column + 1 >= width { return }
        clearWideNeighbours(row: row, column: column)
        cells[row * width + column] = cell
        if cell.width == 2 {
            clearWideNeighbours(row: row, column: column + 1)
            cells[row * width + column + 1] = .continuation
        }
    }

    private mutating func clearWideNeighbours(row: Int, column: Int) {
        let index = row * width + column
        if cells[index].width == 0, column > 0 { cells[index - 1] = .blank }
        if cells[index].width == 2, column + 1 < width { cells[index + 1] = .blank }
    }
}
