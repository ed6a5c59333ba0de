/// The exit codes `ouro` promises scripts (see the spec's table); nothing else is used.
enum ExitStatus: Int32, Sendable {
    /// Done (for `start`: started or continued).
    case success = 0
    /// `start` during a break: nothing started.
    case onBreak = 10
    /// `start` while a pomodoro is already running.
    case alreadyRunning = 11
    /// The intention is completed or abandoned.
    case intentionClosed = 12
    /// Bad usage or bad input (sysexits' EX_USAGE).
    case usage = 64
    /// No such intention or pomodoro (sysexits' EX_DATAERR).
    case notFound = 65
    /// The data store cannot be read or written (sysexits' EX_IOERR).
    case storeUnavailable = 74
}
