import Glibc

/// Writes diagnostics to file descriptor 2.
///
/// C's `stderr` is a mutable global that Swift 6 will not touch from a nonisolated context;
/// `write(2)` on the descriptor is unbuffered, which is what error lines want anyway.
enum StandardError {
    /// Writes `line` and a newline to stderr, retrying short writes.
    static func writeLine(_ line: String) {
        var bytes = Array((line + "\n").utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }
}
