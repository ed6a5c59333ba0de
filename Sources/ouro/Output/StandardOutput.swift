import Glibc
import Synchronization

/// Standard output's failures: every command prints through C's `stdout` (Swift's `print`
/// writes there), and ``finish()`` flushes it once the command is done and turns any write
/// error — a full disk, `/dev/full`, a closed descriptor — into exit 74, so a script never
/// takes a truncated listing for a whole one.
///
/// glibc keeps the bytes a failed write could not write in `stdout`'s buffer, so one flush
/// at the end fails for any earlier failure as well as for its own.
enum StandardOutput {
    /// What the user must still learn when the output is lost (the id `intend` printed).
    private static let note = Mutex<String?>(nil)

    /// Keeps the three standard descriptors taken: a closed one is reopened on `/dev/null`,
    /// read-only, so no file the run opens later (the database, a directory) takes its number
    /// and receives output meant for the terminal, and writes to it fail (`EBADF`) as they
    /// would have on the closed descriptor. Call first thing in `main`.
    static func reserveStandardDescriptors() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO]
        where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", O_RDONLY | O_CLOEXEC)
            if opened >= 0, opened != descriptor {
                _ = dup2(opened, descriptor)
                close(opened)
            }
        }
    }

    /// Says `text` (e.g. `intention 3 was added`) with the error should the output be lost:
    /// the command has already taken effect, so its result must not vanish with it.
    static func remember(_ text: String) {
        note.withLock { $0 = text }
    }

    /// Flushes standard output and reports any write that failed since the start.
    ///
    /// - Throws: `OuroError` (exit 74) naming the cause, and what was done if the command
    ///   ``remember(_:)``ed it.
    static func finish() throws(OuroError) {
        // C's `stdout` is a mutable global Swift 6 will not read here; `fflush(nil)` flushes
        // it (stderr is unbuffered) and fails when it does. A write that failed earlier
        // left its bytes in the buffer, so this flush fails too.
        let flushed = fflush(nil) == 0
        let cause = errno
        guard !flushed else { return }
        let reason = String(cString: strerror(cause))
        var message = "cannot write to standard output: \(reason)"
        if let done = note.withLock({ $0 }) { message += "; \(done)" }
        throw OuroError(status: .storeUnavailable, message: message)
    }
}
