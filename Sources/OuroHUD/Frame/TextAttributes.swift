/// Terminal text attributes, independent of curses' bit values.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    /// The attribute bits.
    public let rawValue: UInt8

    /// Attributes from their bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Half-bright (`A_DIM`).
    public static let dim = TextAttributes(rawValue: 1 << 0)
    /// Bold or bright (`A_BOLD`).
    public static let bold = TextAttributes(rawValue: 1 << 1)
    /// Reverse video (`A_REVERSE`).
    public static let reverse = TextAttributes(rawValue: 1 << 2)
    /// Underlined (`A_UNDERLINE`).
    public static let underline = TextAttributes(rawValue: 1 << 3)
}
