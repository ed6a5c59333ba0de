@preconcurrency import Glibc

extension WakeUpInstant {
    /// The C value for `clock_nanosleep` and `timerfd_settime`.
    var timespec: Glibc.timespec {
        Glibc.timespec(tv_sec: wholeSeconds, tv_nsec: nanoseconds)
    }
}
