import Testing

@testable import OuroHUD

@Suite struct RingTests {
    let rect = Rect(row: 0, column: 0, width: 40, height: 20)

    func draw(_ progress: Double, glyphs: GlyphSet = .unicode, thickness: Double = 0.12) -> Frame {
        var frame = Frame(width: 40, height: 20)
        Ring(progress: progress, thickness: thickness).draw(
            into: &frame, in: rect, elapsed: .pomodoroElapsed, remaining: .pomodoroRemaining,
            shade: .dim, glyphs: glyphs)
        return frame
    }

    /// The ring's cells with their centres relative to the ring's centre (x right, y up).
    func ringCells(_ frame: Frame) -> [(x: Double, y: Double, cell: Cell)] {
        var result: [(Double, Double, Cell)] = []
        for row in 0..<frame.height {
            for column in 0..<frame.width where !frame[row, column].isBlank {
                result.append(
                    (Double(column) + 0.5 - 20, 10 - (Double(row) + 0.5), frame[row, column]))
            }
        }
        return result
    }

    @Test func nothingElapsedIsAllRemaining() {
        let cells = ringCells(draw(0))
        #expect(cells.count > 50)
        #expect(cells.allSatisfy { $0.cell.role == .pomodoroRemaining })
    }

    @Test func everythingElapsedIsAllElapsed() {
        let cells = ringCells(draw(1))
        #expect(cells.count > 50)
        #expect(cells.allSatisfy { $0.cell.role == .pomodoroElapsed })
    }

    @Test func aQuarterIsTheFirstQuadrantClockwiseFromTwelve() {
        let cells = ringCells(draw(0.25))
        for (x, y, cell) in cells {
            let inFirstQuadrant = x > 0 && y > 0
            #expect(cell.role == (inFirstQuadrant ? .pomodoroElapsed : .pomodoroRemaining))
        }
        #expect(cells.contains { $0.x > 0 && $0.y > 0 })
    }

    @Test func threeQuartersLeavesOnlyTheTopLeftRemaining() {
        for (x, y, cell) in ringCells(draw(0.75)) {
            #expect(cell.role == ((x < 0 && y > 0) ? .pomodoroRemaining : .pomodoroElapsed))
        }
    }

    /// Cells are twice as tall as wide, so a round ring is twice as many columns as rows.
    @Test func ringIsRoundOnScreen() {
        let cells = ringCells(draw(0.5))
        let columns = Set(cells.map(\.x)).count
        let rows = Set(cells.map(\.y)).count
        #expect(rows == 20)
        #expect(columns == 40)
    }

    /// Remaining cells set every other dot, elapsed cells every dot of the band.
    @Test func remainingIsDrawnLighterThanElapsed() {
        func dots(_ frame: Frame) -> Int {
            frame.cells.reduce(0) { sum, cell in
                let value = cell.glyph.value
                return sum + (cell.isBlank ? 0 : (value - 0x2800).nonzeroBitCount)
            }
        }
        let full = dots(draw(1))
        let light = dots(draw(0))
        #expect(light * 2 >= full - 8 && light * 2 <= full + 8)
    }

    @Test func asciiUsesHashesAndDots() {
        let frame = draw(0.5, glyphs: .ascii)
        let glyphs = Set(frame.cells.filter { !$0.isBlank }.map(\.glyph))
        #expect(glyphs == ["#", "."])
        #expect(frame[0, 20].glyph == "#")
        #expect(frame[19, 19].glyph == ".")
    }

    @Test func pieFillsTheMiddle() {
        let frame = draw(0.5, thickness: 1)
        #expect(!frame[10, 20].isBlank)
        #expect(draw(0.5)[10, 20].isBlank)
    }

    @Test func innerWidthIsWidestInTheMiddle() {
        let ring = Ring(progress: 0)
        #expect(ring.innerWidth(in: rect, row: 9) == ring.innerWidth(in: rect, row: 10))
        #expect(ring.innerWidth(in: rect, row: 10) > ring.innerWidth(in: rect, row: 15))
        #expect(ring.innerWidth(in: rect, row: 0) == 0)
    }
    /// Reusing a renderer (and its ring cache) gives the same frames as fresh renderers,
    /// also when the ring changes between frames.
    @Test func ringCacheNeverChangesAFrame() {
        let reused = HUDRenderer(glyphs: .unicode)
        var state = Fixtures.pomodoro
        for offset in [647.0, 648, 630.25, 630.5, 631, 660.5, 647] {
            state.now = state.start + offset
            for (width, height) in [(100, 30), (40, 12)] {
                let fresh = HUDRenderer(glyphs: .unicode).frame(
                    for: state, width: width, height: height)
                #expect(reused.frame(for: state, width: width, height: height) == fresh)
            }
        }
    }
}

@Suite struct BigDigitsTests {
    @Test func blockDigits() {
        #expect(
            BigDigits.rows("25:00", glyphs: .unicode) == [
                "████ ████   ████ ████",
                "   █ █    █ █  █ █  █",
                "████ ████   █  █ █  █",
                "█       █ █ █  █ █  █",
                "████ ████   ████ ████",
            ])
        #expect(BigDigits.width("25:00") == 21)
        #expect(BigDigits.width("1:25:00") == 28)
    }

    @Test func asciiDigits() {
        #expect(BigDigits.rows("1", glyphs: .ascii) == ["  # ", " ## ", "  # ", "  # ", " ###"])
    }
}
