@preconcurrency import Glibc

/// `CLOCK_MONOTONIC` in seconds: never jumps, never goes back, and stops while suspended.
///
/// For durations measured on this machine; its zero is arbitrary (boot, on Linux).
public enum MonotonicSeconds: SystemClock {
    /// `CLOCK_MONOTONIC`.
    public static var id: clockid_t { CLOCK_MONOTONIC }
}
