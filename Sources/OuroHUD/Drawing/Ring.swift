#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The progress ring (or, with a thickness of 1, a pie) drawn with sub-cell resolution.
///
/// UTF-8 terminals get braille: 2×4 dots per cell, the finest grid a terminal font offers.
/// A cell is about twice as tall as wide, so braille dots are square and a circle in dot
/// space is round on screen; quadrants (2×2) would need their own aspect correction and
/// half blocks (1×2) are coarse. Braille's open dots also give the light, translucent look
/// the HUD wants. ASCII terminals get `#` and `.` per cell.
///
/// The elapsed part runs clockwise from 12 o'clock. A cell takes one colour, chosen by the
/// angle of its centre; elapsed cells set every dot of the band, remaining cells every
/// other dot (a checkerboard), so the two parts differ even without colour.
struct Ring: Sendable {
    /// The elapsed fraction, 0 to 1.
    var progress: Double
    /// The band's width as a fraction of the outer radius (1 draws a pie).
    var thickness: Double = 0.12
    /// A terminal cell's height over its width.
    var aspect: Double = 2

    /// Draws the ring into `rect`: elapsed cells in `elapsed`, the rest in `remaining`.
    func draw(
        into frame: inout Frame, in rect: Rect, elapsed: ColorRole, remaining: ColorRole,
        shade: Shade, glyphs: GlyphSet
    ) {
        forEachCell(in: rect) { row, column, turn, dots, sparseDots in
            let isElapsed = turn < progress
            let bits = isElapsed ? dots : sparseDots
            guard bits != 0 else { return }
            let glyph: Unicode.Scalar
            switch glyphs {
            case .unicode: glyph = Unicode.Scalar(0x2800 + UInt32(bits))!
            case .ascii: glyph = isElapsed ? "#" : "."
            }
            frame.set(
                Cell(glyph, role: isElapsed ? elapsed : remaining, shade: shade),
                row: rect.row + row, column: rect.column + column)
        }
    }

    /// The turns (clockwise from 12 o'clock, 0 to 1) of the cells the band touches: the
    /// progress values at which a cell changes from remaining to elapsed.
    func turns(in rect: Rect) -> [Double] {
        var turns: [Double] = []
        forEachCell(in: rect) { _, _, turn, _, _ in turns.append(turn) }
        return turns
    }

    /// Calls `body` for every cell of `rect` the band touches, with the cell's turn, the
    /// braille bits of the band's dots in it, and the checkerboard half of those bits.
    private func forEachCell(
        in rect: Rect,
        _ body: (_ row: Int, _ column: Int, _ turn: Double, _ dots: Int, _ sparseDots: Int) -> Void
    ) {
        guard !rect.isEmpty else { return }
        let geometry = Geometry(rect: rect, thickness: thickness, aspect: aspect)
        // Half a cell's diagonal: cells whose centre is farther than this from the band
        // cannot touch it, and most of the rect is skipped without per-dot work.
        let reach = (0.25 + aspect * aspect / 4).squareRoot()
        let nearest = max(0, geometry.inner - reach)
        let farthest = geometry.outer + reach
        for row in 0..<rect.height {
            for column in 0..<rect.width {
                let x = Double(column) + 0.5
                let y = (Double(row) + 0.5) * aspect
                let squared = geometry.squaredRadius(x: x, y: y)
                if squared < nearest * nearest || squared > farthest * farthest { continue }
                var dots = 0
                var sparseDots = 0
                for dot in 0..<8 {
                    let (dx, dy) = Self.dotOffsets[dot]
                    let dotX = column * 2 + dx
                    let dotY = row * 4 + dy
                    guard
                        geometry.inBand(
                            x: (Double(dotX) + 0.5) / 2, y: (Double(dotY) + 0.5) / 4 * aspect)
                    else { continue }
                    dots |= Self.dotBits[dot]
                    if (dotX + dotY) % 2 == 0 { sparseDots |= Self.dotBits[dot] }
                }
                guard dots != 0 else { continue }
                body(row, column, geometry.turn(x: x, y: y), dots, sparseDots)
            }
        }
    }

    /// Columns free for text inside the ring on a row of `rect`, centred, with a margin.
    func innerWidth(in rect: Rect, row: Int) -> Int {
        let geometry = Geometry(rect: rect, thickness: thickness, aspect: aspect)
        let top = Double(row - rect.row) * aspect - geometry.centerY
        let bottom = top + aspect
        let far = max(abs(top), abs(bottom))
        let inner = geometry.inner
        guard far < inner else { return 0 }
        return max(0, Int((2 * (inner * inner - far * far).squareRoot()).rounded(.down)) - 2)
    }

    /// The ring's circles in physical units (cell widths) inside a rect.
    struct Geometry {
        var centerX: Double
        var centerY: Double
        var outer: Double
        var inner: Double

        init(rect: Rect, thickness: Double, aspect: Double) {
            centerX = Double(rect.width) / 2
            centerY = Double(rect.height) * aspect / 2
            outer = max(0, min(Double(rect.width), Double(rect.height) * aspect) / 2 - 0.25)
            inner = max(0, outer - max(1, outer * thickness))
            if thickness >= 1 { inner = 0 }
        }

        func squaredRadius(x: Double, y: Double) -> Double {
            (x - centerX) * (x - centerX) + (y - centerY) * (y - centerY)
        }

        func inBand(x: Double, y: Double) -> Bool {
            let squared = squaredRadius(x: x, y: y)
            return squared <= outer * outer && squared >= inner * inner
        }

        /// The clockwise turn from 12 o'clock of a point, in [0, 1).
        func turn(x: Double, y: Double) -> Double {
            let angle = atan2(x - centerX, centerY - y)
            let turn = (angle < 0 ? angle + 2 * .pi : angle) / (2 * .pi)
            return turn >= 1 ? 0 : turn
        }
    }

    /// Braille dot positions (column, row) in a cell, in bit order.
    private static let dotOffsets = [
        (0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2), (0, 3), (1, 3),
    ]
    private static let dotBits = [0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80]
}
