import OuroCore

/// Today's session as a bar: past pomodoros by evaluation, breaks, idle gaps, the future,
/// and a cursor for now.
///
/// Each column stands for an equal slice of the session and shows the segment at the
/// slice's middle. Evaluations differ by glyph as well as colour, so the bar reads on a
/// monochrome terminal too.
struct DayLine: Sendable {
    var session: HUDState.Session
    var now: Double

    /// Draws the bar on `row`, between `column` and `column + width`.
    func draw(into frame: inout Frame, row: Int, column: Int, width: Int, glyphs: GlyphSet) {
        guard width > 0 else { return }
        let span = session.end - session.start
        let cursor = cursorColumn(width: width)
        for offset in 0..<width {
            let middle = session.start + (Double(offset) + 0.5) / Double(width) * span
            var cell: Cell
            if offset == cursor {
                cell = Cell(glyphs == .unicode ? "┃" : "|", role: .plain, shade: .bright)
            } else if middle > now {
                cell = Cell(glyphs == .unicode ? "─" : "-", role: .idle, shade: .dim)
            } else {
                let kind = segment(at: middle)?.kind ?? .idle
                cell = Cell(Self.glyph(kind, glyphs), role: Self.role(kind), shade: .normal)
            }
            frame.set(cell, row: row, column: column + offset)
        }
    }

    /// The column of now, or nil outside the session.
    func cursorColumn(width: Int) -> Int? {
        let span = session.end - session.start
        guard span > 0, now >= session.start, now < session.end, width > 0 else { return nil }
        return min(
            width - 1, WholeNumber.rounding((now - session.start) / span * Double(width), .down))
    }

    /// The instant the cursor next moves to another column, or nil if it never does.
    func nextCursorMove(width: Int) -> Double? {
        guard let column = cursorColumn(width: width), column + 1 < width else { return nil }
        let span = session.end - session.start
        return session.start + Double(column + 1) / Double(width) * span
    }

    private func segment(at instant: Double) -> HUDState.Segment? {
        session.segments.last { $0.start <= instant && instant < $0.end }
    }

    static func role(_ kind: HUDState.SegmentKind) -> ColorRole {
        switch kind {
        case .pomodoro(.achieved): .achieved
        case .pomodoro(.focused): .focused
        case .pomodoro(.interrupted): .interrupted
        case .pomodoro(.distracted): .distracted
        case .pomodoro(nil): .unevaluated
        case .breakTime: .breakElapsed
        case .idle: .idle
        }
    }

    static func glyph(_ kind: HUDState.SegmentKind, _ glyphs: GlyphSet) -> Unicode.Scalar {
        let unicode = glyphs == .unicode
        switch kind {
        case .pomodoro(.achieved): return unicode ? "█" : "#"
        case .pomodoro(.focused): return unicode ? "▓" : "="
        case .pomodoro(.interrupted): return unicode ? "▒" : "+"
        case .pomodoro(.distracted): return unicode ? "░" : "x"
        case .pomodoro(nil): return unicode ? "▄" : "o"
        case .breakTime: return unicode ? "▁" : "_"
        case .idle: return unicode ? "·" : "."
        }
    }
}
