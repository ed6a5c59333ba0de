import CNcursesw

/// The system ncursesw library that OuroHUD draws with.
public enum CursesLibrary {
    /// The library's version string, e.g. `ncurses 6.4.20221231`.
    public static var version: String { String(cString: curses_version()) }
}
