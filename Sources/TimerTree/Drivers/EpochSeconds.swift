@preconcurrency import Glibc

/// `CLOCK_REALTIME` in seconds since the Unix epoch: the time on the wall, which jumps when
/// the clock is set and across suspend.
public enum EpochSeconds: SystemClock {
    /// `CLOCK_REALTIME`.
    public static var id: clockid_t { CLOCK_REALTIME }
}
