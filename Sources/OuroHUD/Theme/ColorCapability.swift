/// How many colours the terminal can show, which decides the ``Theme``.
public enum ColorCapability: Hashable, Sendable {
    /// No colour: `NO_COLOR`, or a terminal without colours. Attributes only.
    case monochrome
    /// The eight ANSI colours; shades come from `A_DIM` and `A_BOLD`.
    case eight
    /// 256 colours or more; each colour has a dim and a bright shade of its own.
    case extended

    /// The capability for a terminal reporting `colors` (curses' `COLORS`, 0 without
    /// colour support), honouring `NO_COLOR`.
    public init(colors: Int, noColor: Bool) {
        if noColor || colors < 8 {
            self = .monochrome
        } else if colors < 256 {
            self = .eight
        } else {
            self = .extended
        }
    }
}
