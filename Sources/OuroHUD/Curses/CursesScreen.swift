import Synchronization

/// The terminal backend: puts ``Frame``s on screen with ncursesw and gives the terminal
/// back in the state it was found.
///
/// Drawing diffs against the frame last shown and writes only the cells that changed, in
/// runs of one style. The screen never blocks: the event loop `poll()`s
/// ``inputDescriptor`` and a ``SignalPipe``, then calls ``readKey()``.
public final class CursesScreen {
    /// The colours chosen for this terminal.
    public let theme: Theme
    /// The characters this terminal's locale can show.
    public let glyphs: GlyphSet
    /// The terminal's size; updated when ``readKey()`` returns ``Key/resize``.
    public private(set) var size: TerminalSize
    /// The descriptor to `poll()` for keys (standard input).
    public let inputDescriptor: Int32 = 0

    private let device: any TerminalDevice
    private var shown: Frame?
    private let active = Atomic<Bool>(false)

    /// Opens the terminal on standard input and output: sets the locale, enters curses
    /// mode and picks colours (none when `noColor`, as `NO_COLOR` asks).
    ///
    /// Install a ``SignalPipe`` first, so curses leaves Ctrl-C and Ctrl-Z to it.
    public convenience init(noColor: Bool) throws(CursesError) {
        try self.init(device: NcursesDevice(), noColor: noColor)
    }

    init(device: any TerminalDevice, noColor: Bool) throws(CursesError) {
        self.device = device
        let (colors, codeset) = try device.start()
        active.store(true, ordering: .releasing)
        theme = Theme(capability: ColorCapability(colors: colors, noColor: noColor))
        glyphs = GlyphSet(codeset: codeset)
        size = device.size
        device.definePairs(theme.colorNumbers)
    }

    deinit {
        restore()
    }

    /// Shows a frame, writing only the cells that differ from the frame shown before.
    ///
    /// After a resize, a resume or ``invalidate()`` the whole screen is repainted.
    public func draw(_ frame: Frame) {
        guard active.load(ordering: .acquiring) else { return }
        let previous: Frame
        if let shown, shown.width == frame.width, shown.height == frame.height {
            previous = shown
        } else {
            device.clearAll()
            previous = Frame(width: frame.width, height: frame.height)
        }
        for row in 0..<frame.height {
            var column = 0
            while column < frame.width {
                guard Self.changed(frame, previous, row: row, column: column) else {
                    column += max(1, frame[row, column].width)
                    continue
                }
                let first = frame[row, column]
                let style = theme.style(for: first)
                let start = column
                var text = ""
                while column < frame.width,
                    Self.changed(frame, previous, row: row, column: column),
                    Self.looksAlike(frame[row, column], first)
                {
                    text.unicodeScalars.append(frame[row, column].glyph)
                    column += max(1, frame[row, column].width)
                }
                device.put(text, row: row, column: start, style: style)
            }
        }
        device.flush()
        shown = frame
    }

    /// Whether the cell at a position must be written: it differs from the one shown, or
    /// it is a wide glyph whose right half differs.
    private static func changed(_ frame: Frame, _ previous: Frame, row: Int, column: Int) -> Bool {
        let cell = frame[row, column]
        if cell.width == 0 { return false }
        if cell != previous[row, column] { return true }
        return cell.width == 2 && column + 1 < frame.width
            && previous[row, column + 1] != frame[row, column + 1]
    }

    /// Whether two cells are drawn in the same style (same role, shade and attributes),
    /// without asking the theme for every cell.
    private static func looksAlike(_ cell: Cell, _ other: Cell) -> Bool {
        cell.role == other.role && cell.shade == other.shade && cell.attributes == other.attributes
    }

    /// Forgets what is on screen, so the next ``draw(_:)`` repaints everything.
    public func invalidate() {
        shown = nil
    }

    /// The next key, or nil when none is waiting; never blocks. A ``Key/resize`` updates
    /// ``size`` and makes the next ``draw(_:)`` repaint everything.
    public func readKey() -> Key? {
        let key = device.readKey()
        if key == .resize {
            size = device.size
            shown = nil
        }
        return key
    }

    /// Gives the terminal back, runs `stop` (which stops the process, e.g.
    /// ``SignalPipe/stopProcess()``), and takes the terminal again when it returns.
    public func suspend(stoppingWith stop: () -> Void) {
        guard active.load(ordering: .acquiring) else { return }
        device.suspend()
        stop()
        device.resume()
        size = device.size
        shown = nil
    }

    /// Restores the terminal (`endwin`). Idempotent: only the first call, from whichever
    /// path (quit, signal, fatal error, deinit), touches the terminal.
    public func restore() {
        if active.exchange(false, ordering: .acquiringAndReleasing) {
            device.stop()
        }
    }

    /// Whether the screen still owns the terminal.
    public var isActive: Bool { active.load(ordering: .acquiring) }
}
