@preconcurrency import Glibc

extension SystemClock {
    /// The clock's reading in seconds: every reader of a system clock (the drivers, the
    /// command line's "now", hook timeouts) reads time here, and only here.
    @inline(__always)
    public static func seconds() -> Double {
        var reading = timespec()
        clock_gettime(id, &reading)
        return WakeUpInstant.seconds(
            wholeSeconds: Int(reading.tv_sec), nanoseconds: Int(reading.tv_nsec))
    }
}
