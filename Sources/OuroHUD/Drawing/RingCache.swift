import Synchronization

/// The cells of the ring last drawn, reused while nothing about the ring changes.
///
/// Between pulses the ring holds still while the digits tick every second; reusing its
/// cells keeps the HUD's idle cost low. The cache only remembers, it never changes what
/// is drawn: a frame is the same with or without it.
final class RingCache: Sendable {
    /// Everything that decides the ring's cells.
    struct Key: Equatable {
        var progress: Double
        var thickness: Double
        var aspect: Double
        var rect: Rect
        var elapsed: ColorRole
        var remaining: ColorRole
        var shade: Shade
        var glyphs: GlyphSet
    }

    private struct Entry {
        var key: Key
        var cells: [(row: Int, column: Int, cell: Cell)]
    }

    private let entry = Mutex<Entry?>(nil)

    /// Draws `ring` into `frame`, from the cache when the same ring was drawn last time.
    func draw(
        _ ring: Ring, into frame: inout Frame, in rect: Rect, elapsed: ColorRole,
        remaining: ColorRole, shade: Shade, glyphs: GlyphSet
    ) {
        let key = Key(
            progress: ring.progress, thickness: ring.thickness, aspect: ring.aspect, rect: rect,
            elapsed: elapsed, remaining: remaining, shade: shade, glyphs: glyphs)
        let cached = entry.withLock { $0?.key == key ? $0?.cells : nil }
        let cells: [(row: Int, column: Int, cell: Cell)]
        if let cached {
            cells = cached
        } else {
            var scratch = Frame(width: rect.column + rect.width, height: rect.row + rect.height)
            ring.draw(
                into: &scratch, in: rect, elapsed: elapsed, remaining: remaining, shade: shade,
                glyphs: glyphs)
            var drawn: [(row: Int, column: Int, cell: Cell)] = []
            for row in rect.row..<(rect.row + rect.height) {
                for column in rect.column..<(rect.column + rect.width)
                where !scratch[row, column].isBlank {
                    drawn.append((row, column, scratch[row, column]))
                }
            }
            let entry = Entry(key: key, cells: drawn)
            self.entry.withLock { $0 = entry }
            cells = drawn
        }
        for item in cells { frame.set(item.cell, row: item.row, column: item.column) }
    }
}
