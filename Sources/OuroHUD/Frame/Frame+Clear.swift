extension Frame {
    /// Blanks the columns `from..<to` of a row (the whole row by default), so an overlay
    /// covers what was drawn beneath it.
    mutating func clear(row: Int, from: Int = 0, to: Int? = nil) {
        guard row >= 0, row < height else { return }
        for column in max(0, from)..<min(width, to ?? width) {
            set(.blank, row: row, column: column)
        }
    }
}
