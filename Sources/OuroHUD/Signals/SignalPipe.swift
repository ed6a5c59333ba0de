import Synchronization

#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// Turns the HUD's signals into bytes on a pipe, so they wake `poll()` like a key does
/// (the self-pipe trick) and are handled in the event loop, never in a signal handler.
///
/// The handler only writes the signal's number to the pipe, which is async-signal-safe.
/// Only one pipe can be installed at a time; its write end lives in an `Atomic`.
public final class SignalPipe {
    /// The read end, to `poll()` for `POLLIN`.
    public let fileDescriptor: Int32
    private let writeEnd: Int32
    private let signals: [TerminalSignal]

    private static let target = Atomic<Int32>(-1)

    private static let forward: @convention(c) (Int32) -> Void = { number in
        let saved = errno
        let descriptor = SignalPipe.target.load(ordering: .relaxed)
        if descriptor >= 0 {
            var byte = UInt8(truncatingIfNeeded: number)
            _ = write(descriptor, &byte, 1)
        }
        errno = saved
    }

    /// Why a pipe could not be installed.
    public enum Failure: Error, Equatable, Sendable {
        /// Another ``SignalPipe`` is installed.
        case alreadyInstalled
        /// `pipe()` failed with this `errno`.
        case pipe(Int32)
    }

    /// Creates the pipe and installs handlers for `signals`.
    public init(_ signals: [TerminalSignal] = TerminalSignal.allCases) throws(Failure) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw .pipe(errno) }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        guard
            Self.target.compareExchange(
                expected: -1, desired: ends[1], ordering: .acquiringAndReleasing
            ).exchanged
        else {
            close(ends[0])
            close(ends[1])
            throw .alreadyInstalled
        }
        fileDescriptor = ends[0]
        writeEnd = ends[1]
        self.signals = signals
        for handled in signals { _ = signal(handled.number, Self.forward) }
    }

    deinit {
        for handled in signals { _ = signal(handled.number, SIG_DFL) }
        Self.target.store(-1, ordering: .releasing)
        close(fileDescriptor)
        close(writeEnd)
    }

    /// The signals received since the last call, in order, each once.
    public func pending() -> [TerminalSignal] {
        var received: [TerminalSignal] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = read(fileDescriptor, &buffer, buffer.count)
            guard count > 0 else { break }
            for byte in buffer[..<count] {
                if let signal = TerminalSignal(number: Int32(byte)), !received.contains(signal) {
                    received.append(signal)
                }
            }
        }
        return received
    }

    /// Stops the process as Ctrl-Z would (the default SIGTSTP action) and returns when it
    /// is continued; call it after giving the terminal back (``CursesScreen/suspend(stoppingWith:)``).
    public func stopProcess() {
        _ = signal(SIGTSTP, SIG_DFL)
        kill(getpid(), SIGTSTP)
        if signals.contains(.suspend) { _ = signal(SIGTSTP, Self.forward) }
    }
}
