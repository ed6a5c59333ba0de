/// A driver on `CLOCK_MONOTONIC`: time in seconds that never jumps, for durations.
public typealias MonotonicDriver = RealTimeDriver<MonotonicSeconds>
