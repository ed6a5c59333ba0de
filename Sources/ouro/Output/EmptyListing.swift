import Glibc

/// What a plain listing with no rows prints: a short note when a person reads it on a
/// terminal, nothing when it goes to a pipe or a file (so `ouro log | wc -l` says 0).
enum EmptyListing {
    /// The line to print for an empty listing, or nil when nothing should be printed.
    static func notice(_ note: String, onTerminal: Bool) -> String? {
        onTerminal ? note : nil
    }

    /// Prints `note` if standard output is a terminal.
    static func report(_ note: String) {
        if let line = notice(note, onTerminal: isatty(STDOUT_FILENO) == 1) { print(line) }
    }
}
