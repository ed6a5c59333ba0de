extension Frame {
    /// Writes text from a column, clipped to `limit` columns and the frame's edge.
    ///
    /// - Returns: the columns written.
    @discardableResult
    mutating func write(
        _ text: String, row: Int, column: Int, role: ColorRole = .plain, shade: Shade = .normal,
        attributes: TextAttributes = [], limit: Int? = nil
    ) -> Int {
        guard row >= 0, row < height else { return 0 }
        let end = min(width, column + (limit ?? width))
        var x = column
        for character in text {
            let columns = ColumnWidth.of(character)
            guard columns > 0 else { continue }
            if x + columns > end { break }
            if x >= 0, let scalar = character.unicodeScalars.first {
                set(
                    Cell(
                        scalar, width: columns, role: role, shade: shade,
                        attributes: attributes),
                    row: row, column: x)
            }
            x += columns
        }
        return max(0, x - column)
    }

    /// Writes text centred between two columns (the whole width by default).
    mutating func writeCentered(
        _ text: String, row: Int, from: Int = 0, to: Int? = nil, role: ColorRole = .plain,
        shade: Shade = .normal, attributes: TextAttributes = []
    ) {
        let right = to ?? width
        let columns = ColumnWidth.of(text)
        let start = from + max(0, (right - from - columns) / 2)
        write(
            text, row: row, column: start, role: role, shade: shade, attributes: attributes,
            limit: right - start)
    }
}
