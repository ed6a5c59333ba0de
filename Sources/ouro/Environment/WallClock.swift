import Glibc

/// The system's real-time clock, the source of "now" when `OURO_NOW` is not set.
enum WallClock {
    /// Seconds since the Unix epoch, with nanosecond resolution.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
    }
}
