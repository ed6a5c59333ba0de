/// Every call the HUD makes to curses, behind one seam so ``CursesScreen`` is testable
/// without a terminal. ``NcursesDevice`` is the only real implementation.
protocol TerminalDevice: AnyObject {
    /// Enters curses mode; returns the colours the terminal has (0 without colour) and the
    /// locale's codeset.
    func start() throws(CursesError) -> (colors: Int, codeset: String)
    /// Defines colour pair `i + 1` as `colors[i]` on the default background.
    func definePairs(_ colors: [Int16])
    /// The terminal's current size.
    var size: TerminalSize { get }
    /// Blanks the screen and forces a full repaint on the next flush.
    func clearAll()
    /// Writes text at a position in a style.
    func put(_ text: String, row: Int, column: Int, style: Style)
    /// Sends what was written to the terminal.
    func flush()
    /// The next key, or nil when none is waiting; never blocks.
    func readKey() -> Key?
    /// Leaves curses mode for a while (the shell gets its terminal back).
    func suspend()
    /// Returns to curses mode after ``suspend()``.
    func resume()
    /// Leaves curses mode for good.
    func stop()
}

/// Why the terminal could not be used.
public enum CursesError: Error, Equatable, Sendable {
    /// curses could not open the terminal (not a tty, or an unknown `TERM`).
    case noTerminal(String)
}
