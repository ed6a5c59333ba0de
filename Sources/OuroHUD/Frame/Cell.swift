/// One terminal cell of a ``Frame``.
///
/// A double-width glyph occupies its cell and the next one; the next one is a
/// continuation cell (width 0) that draws nothing. The glyph is one Unicode scalar, so a
/// cell is a plain value that copies and compares without reference counting (the HUD
/// builds and diffs a frame every second); a title's combining marks and joined emoji
/// sequences keep only their first scalar.
public struct Cell: Hashable, Sendable {
    /// What the cell shows.
    public var glyph: Unicode.Scalar
    /// Columns the glyph takes: 1, 2 for a wide glyph, 0 for the right half of a wide one.
    public var width: Int
    /// What the cell means, for the theme.
    public var role: ColorRole
    /// How bright it is.
    public var shade: Shade
    /// Attributes on top of the theme's (reverse for the day-line cursor, bold for keys).
    public var attributes: TextAttributes

    /// A cell.
    public init(
        _ glyph: Unicode.Scalar, width: Int = 1, role: ColorRole = .plain, shade: Shade = .normal,
        attributes: TextAttributes = []
    ) {
        self.glyph = glyph
        self.width = width
        self.role = role
        self.shade = shade
        self.attributes = attributes
    }

    /// An empty cell.
    public static let blank = Cell(" ")

    /// The right half of a wide glyph.
    static let continuation = Cell(" ", width: 0)

    /// Whether the cell shows nothing: a plain space without attributes.
    public var isBlank: Bool { glyph == " " && role == .plain && attributes.isEmpty && width == 1 }
}
