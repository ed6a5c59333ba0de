#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a ``HUDState`` into a ``Frame`` of a given size: pure, no terminal needed.
public struct HUDRenderer: Sendable {
    /// The characters the frame may use.
    public var glyphs: GlyphSet
    /// The ring's cells from the last frame, reused while the ring is unchanged.
    let ringCache = RingCache()

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
    /// ``HUDState/nextDeadline``, the ring passing a cell while it eases during a pulse,
    /// or the day line's cursor moving a column.
    ///
    /// The event loop sleeps until this instant (or a key, a signal, a store change).
    public func nextDeadline(for state: HUDState, width: Int, height: Int) -> Double {
        var deadline = state.nextDeadline
        if let move = ringMove(for: state, width: width, height: height) {
            deadline = min(deadline, Pulse.limited(move, after: state.now))
        }
        if let session = state.session,
            let width = dayLineWidth(width: width, height: height),
            let move = DayLine(session: session, now: state.now).nextCursorMove(width: width)
        {
            deadline = min(deadline, move)
        }
        return deadline
    }

    /// While the ring eases during a pulse, the next instant a cell turns elapsed, rounded
    /// up to the ring's frame grid (``Pulse/pulseFramesPerSecond``).
    private func ringMove(for state: HUDState, width: Int, height: Int) -> Double? {
        let phase = state.phase
        let pulse = state.pulse
        let from = phase.ringFrom
        let to = phase.ringTarget
        guard !pulse.reduceMotion, !phase.isSkipped, to > from,
            state.now - phase.pulseStart < pulse.duration,
            let (ring, rect) = ring(progress: phase.ringProgress, width: width, height: height)
        else { return nil }
        let moves = ring.turns(in: rect).compactMap { turn -> Double? in
            guard turn >= from, turn < to else { return nil }
            let eased = (turn - from) / (to - from)
            let t = pulse.duration * 2 / .pi * asin(eased)
            // On the ring's frame grid: the cells that turn within one frame share a wake-up.
            let frame = Pulse.pulseFrame(after: t)
            let instant = phase.pulseStart + min(frame, pulse.duration) + Pulse.settle
            return instant > state.now ? instant : nil
        }
        return moves.min()
    }

    /// The ring (or pie) of a layout and where it goes, or nil when the layout has none.
    func ring(progress: Double, width: Int, height: Int) -> (Ring, Rect)? {
        switch HUDLayout(width: width, height: height) {
        case .large:
            return (
                Ring(progress: progress), Rect(row: 0, column: 0, width: width, height: height - 4)
            )
        case .small:
            let pieHeight = dayLineWidth(width: width, height: height) == nil ? height : height - 1
            let pieWidth = min(width / 2, pieHeight * 2)
            return (
                Ring(progress: progress, thickness: 1),
                Rect(row: 0, column: 0, width: pieWidth, height: pieHeight)
            )
        case .tiny:
            return nil
        }
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
