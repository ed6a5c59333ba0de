@preconcurrency import Glibc

extension SystemClock {
    /// The clock's reading in seconds: every real-time driver reads time here, and only here.
    @inline(__always)
    static func seconds() -> Double {
        var reading = timespec()
        clock_gettime(id, &reading)
        return WakeUpInstant.seconds(
            wholeSeconds: Int(reading.tv_sec), nanoseconds: Int(reading.tv_nsec))
    }
}
