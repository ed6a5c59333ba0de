@preconcurrency import Glibc

/// A POSIX clock that a ``RealTimeDriver`` reads and sleeps on.
///
/// The clock is a type rather than a value so that a monotonic driver and a wall-clock driver
/// are different types: a deadline read from one can't be handed to the other by mistake.
public protocol SystemClock {
    /// The clock's id for `clock_gettime`, `clock_nanosleep` and `timerfd_create`.
    static var id: clockid_t { get }
}
