#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The signals the HUD handles itself.
public enum TerminalSignal: CaseIterable, Hashable, Sendable {
    /// SIGINT (Ctrl-C): restore the terminal and exit.
    case interrupt
    /// SIGTERM: restore the terminal and exit.
    case terminate
    /// SIGHUP (the terminal went away): restore and exit.
    case hangup
    /// SIGQUIT (`Ctrl-\`): restore the terminal and exit, as SIGTERM does (no core dump that
    /// would leave the terminal in raw mode on the alternate screen).
    case quit
    /// SIGPIPE (a write to a reader that went away): restore the terminal and exit, rather
    /// than dying at once with the terminal left broken.
    case brokenPipe
    /// SIGTSTP (Ctrl-Z): give the terminal back and stop.
    case suspend
    /// SIGCONT: running again; redraw everything and skip the pulses missed.
    case resume

    /// The signal's number.
    public var number: Int32 {
        switch self {
        case .interrupt: SIGINT
        case .terminate: SIGTERM
        case .hangup: SIGHUP
        case .quit: SIGQUIT
        case .brokenPipe: SIGPIPE
        case .suspend: SIGTSTP
        case .resume: SIGCONT
        }
    }

    /// The signal with a number, if the HUD handles it.
    public init?(number: Int32) {
        guard let signal = Self.allCases.first(where: { $0.number == number }) else { return nil }
        self = signal
    }

    /// Whether the HUD exits on this signal.
    public var endsProgram: Bool {
        switch self {
        case .interrupt, .terminate, .hangup, .quit, .brokenPipe: true
        case .suspend, .resume: false
        }
    }

    /// The exit status a shell expects after this signal: 128 + its number.
    public var exitStatus: Int32 { 128 + number }
}
