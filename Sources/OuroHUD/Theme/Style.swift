/// How a cell is drawn: a foreground colour number (or the default) and attributes.
public struct Style: Hashable, Sendable {
    /// The curses colour number, or nil for the terminal's default foreground.
    public var foreground: Int16?
    /// Attributes.
    public var attributes: TextAttributes

    /// A style.
    public init(foreground: Int16? = nil, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.attributes = attributes
    }
}
