/// How bright a cell is: the HUD rests dim and swells through the shades when it pulses.
public enum Shade: Int, CaseIterable, Comparable, Hashable, Sendable {
    /// The resting shade between pulses.
    case dim
    /// The middle of a pulse, and text that must stay readable.
    case normal
    /// The peak of a pulse.
    case bright

    /// The shade nearest to a brightness between 0 (dim) and 1 (bright).
    ///
    /// Brightness is stepped, not blended: a terminal has only a few shades per colour.
    public init(brightness: Double) {
        let step = (min(max(brightness, 0), 1) * 2).rounded()
        self = Shade(rawValue: Int(step)) ?? .bright
    }

    /// Orders shades from dim to bright.
    public static func < (lhs: Shade, rhs: Shade) -> Bool { lhs.rawValue < rhs.rawValue }
}
