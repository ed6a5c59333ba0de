/// Turns a ``HUDState`` into a ``Frame`` of a given size: pure, no terminal needed.
public struct HUDRenderer: Sendable {
    /// The characters the frame may use.
    public var glyphs: GlyphSet

    /// A renderer for a glyph set.
    public init(glyphs: GlyphSet) {
        self.glyphs = glyphs
    }

    /// The frame for `state` on a terminal of `width` × `height`, in the layout that fits.
    public func frame(for state: HUDState, width: Int, height: Int) -> Frame {
        var frame = Frame(width: width, height: height)
        guard width > 0, height > 0 else { return frame }
        let scene = Scene(state: state, glyphs: glyphs)
        switch HUDLayout(width: width, height: height) {
        case .large: drawLarge(scene, into: &frame)
        case .small: drawSmall(scene, into: &frame)
        case .tiny: drawTiny(scene, into: &frame)
        }
        return frame
    }

    /// The next instant the frame for `state` at this size changes: the state's own
    /// ``HUDState/nextDeadline`` or the day line's cursor moving a column.
    public func nextDeadline(for state: HUDState, width: Int, height: Int) -> Double {
        var deadline = state.nextDeadline
        if let session = state.session,
            let width = dayLineWidth(width: width, height: height),
            let move = DayLine(session: session, now: state.now).nextCursorMove(width: width)
        {
            deadline = min(deadline, move)
        }
        return deadline
    }

    /// The day line's width in a layout, or nil when the layout has none.
    func dayLineWidth(width: Int, height: Int) -> Int? {
        switch HUDLayout(width: width, height: height) {
        case .large: width - 2
        case .small: height >= 8 ? width : nil
        case .tiny: nil
        }
    }
}
