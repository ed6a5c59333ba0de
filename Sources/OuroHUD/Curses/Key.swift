/// A key the HUD read from the terminal.
public enum Key: Hashable, Sendable {
    /// A printable character (`n`, `s`, `é`, …).
    case character(Character)
    /// Return or Enter.
    case enter
    /// Backspace or Delete.
    case backspace
    /// Escape.
    case escape
    /// The arrow keys.
    case up, down, left, right
    /// Home and End.
    case home, end
    /// The terminal changed size; ``CursesScreen/size`` has the new size.
    case resize
    /// Any other curses key code.
    case other(Int32)
}
