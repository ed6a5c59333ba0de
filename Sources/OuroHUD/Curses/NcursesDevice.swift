@preconcurrency import CNcursesw

#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// The real ``TerminalDevice``: the only type in OuroHUD that calls ncursesw.
final class NcursesDevice: TerminalDevice {
    private var pairs: [Int16: Int16] = [:]
    private var window: UnsafeMutablePointer<WINDOW>? { ouro_stdscr() }

    func start() throws(CursesError) -> (colors: Int, codeset: String) {
        // The locale first: without it ncursesw treats every byte as a Latin-1 character.
        setlocale(LC_ALL, "")
        guard newterm(nil, stdout, stdin) != nil else {
            let term = getenv("TERM").map { String(cString: $0) } ?? "(unset)"
            throw .noTerminal("cannot open the terminal (TERM=\(term))")
        }
        // A terminal without cursor addressing (`TERM=dumb`, or an entry lacking `cup`) would
        // show a blank screen: refuse it with a message instead.
        let cup = tigetstr("cup")
        guard let cup, Int(bitPattern: cup) != -1 else {
            endwin()
            let term = getenv("TERM").map { String(cString: $0) } ?? "(unset)"
            throw .noTerminal(
                "the terminal cannot move the cursor (TERM=\(term)): run the HUD in a "
                    + "terminal such as xterm-256color, or use 'ouro status'")
        }
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        nodelay(window, true)
        intrflush(window, false)
        curs_set(0)
        set_escdelay(25)
        var colors = 0
        if has_colors() {
            start_color()
            use_default_colors()
            colors = Int(ouro_colors())
        }
        // Until the first return from endwin(), ncurses flushes after every cursor move
        // (so low-level terminfo callers see their output): a frame then leaves as one
        // write() per run, and each write wakes the terminal (tmux) and preempts the HUD.
        // Leaving and re-entering curses mode once ends that: a frame becomes one write().
        endwin()
        wrefresh(window)
        return (colors, String(cString: ouro_codeset()))
    }

    func definePairs(_ colors: [Int16]) {
        let limit = Int(ouro_color_pairs())
        for (index, color) in colors.enumerated() where index + 1 < limit {
            let pair = Int16(index + 1)
            init_pair(pair, color, -1)
            pairs[color] = pair
        }
    }

    var size: TerminalSize {
        TerminalSize(width: Int(ouro_getmaxx(window)), height: Int(ouro_getmaxy(window)))
    }

    func clearAll() {
        wclear(window)
    }

    func put(_ text: String, row: Int, column: Int, style: Style) {
        var wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        var attributes = ouro_a_normal()
        if style.attributes.contains(.dim) { attributes |= ouro_a_dim() }
        if style.attributes.contains(.bold) { attributes |= ouro_a_bold() }
        if style.attributes.contains(.reverse) { attributes |= ouro_a_reverse() }
        if style.attributes.contains(.underline) { attributes |= ouro_a_underline() }
        let pair = style.foreground.flatMap { pairs[$0] } ?? 0
        _ = ouro_put(window, Int32(row), Int32(column), wide, attributes, pair)
    }

    func flush() {
        wrefresh(window)
    }

    func readKey() -> Key? {
        var code: Int32 = 0
        switch ouro_read_key(window, &code) {
        case 1:
            switch code {
            case 10, 13: return .enter
            case 8, 127: return .backspace
            case 27: return .escape
            default:
                return Unicode.Scalar(UInt32(bitPattern: code)).map { .character(Character($0)) }
                    ?? .other(code)
            }
        case 2:
            switch code {
            case ouro_key_resize(): return .resize
            case ouro_key_enter(): return .enter
            case ouro_key_backspace(): return .backspace
            case ouro_key_up(): return .up
            case ouro_key_down(): return .down
            case KEY_LEFT: return .left
            case KEY_RIGHT: return .right
            case KEY_HOME: return .home
            case KEY_END: return .end
            default: return .other(code)
            }
        default:
            return nil
        }
    }

    func suspend() {
        endwin()
    }

    func resume() {
        wrefresh(window)
    }

    func stop() {
        endwin()
    }
}
