/// Which arrangement fits a terminal: the ring with big digits, a pie beside plain text,
/// or one line.
public enum HUDLayout: Hashable, Sendable {
    /// Ring, big digits, "until" time, title, reminder, day line, key hint (≥ 60×20).
    case large
    /// A pie beside the kind, the time, the "until" time and the title (≥ 20×5).
    case small
    /// One line: the kind and the time left.
    case tiny

    /// The layout for a terminal of `width` columns and `height` rows.
    public init(width: Int, height: Int) {
        if width >= 60, height >= 20 {
            self = .large
        } else if width >= 20, height >= 5 {
            self = .small
        } else {
            self = .tiny
        }
    }
}
