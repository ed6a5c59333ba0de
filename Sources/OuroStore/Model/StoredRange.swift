import OuroCore

/// The ranges every value read back from the store must lie in.
///
/// A corrupt but readable row (a streak position of 2^62, a session ending in 1e300) would
/// otherwise send the model into loops proportional to the value, or into a trapping
/// conversion; checking each value once as it is decoded makes such a store a clear
/// refusal (exit 74) instead. The bounds are generous beside anything ouro writes.
enum StoredRange {
    /// Instants: finite, from 1970 to the end of 2200 (`OURO_NOW`'s range).
    static let time = SupportedTimes.range
    /// Ids, positions, numbers and counters: non-negative and below 2^31.
    static let counter: ClosedRange<Int> = 0...Int(Int32.max)
    /// Durations (estimates, time worked, an interval's length): at most 10,000 hours.
    static let duration: ClosedRange<Double> = 0...36_000_000
    /// A session's length: at most a day (``OuroCore/Nexus/longestSession``).
    static let session: ClosedRange<Double> = 0...86_400
    /// Points: within the integers a `Double` holds exactly, so no conversion can trap.
    static let points: ClosedRange<Double> = -9_007_199_254_740_992...9_007_199_254_740_992
    /// The number of steps in a streak's plan: a pomodoro and a break for each of at most
    /// ``OuroCore/StreakRules/mostPomodoros`` pomodoros (the bound `--streak` keeps to).
    static let streakSteps: ClosedRange<Int> = 0...(2 * StreakRules.mostPomodoros)
    /// One streak step's length in seconds (``OuroCore/StreakRules/stepLengths``: 1 minute to
    /// 4 hours, as `--streak` allows).
    static let stepLength: ClosedRange<Double> = StreakRules.stepLengths
    /// A work-hour rule's weekday bit set (bits 1–7 for ISO weekdays).
    static let weekdayBits: ClosedRange<Int> = 0...255
    /// A wall time as seconds since midnight.
    static let wallTime: ClosedRange<Int> = 0...86_399

    /// Why `value`, named `name`, is refused, or nil when it lies in `range`; NaN is refused.
    static func violation<Value: Comparable>(
        _ name: String, _ value: Value, _ range: ClosedRange<Value>
    ) -> String? {
        range.contains(value)
            ? nil : "\(name) \(value) is out of range (\(range.lowerBound)…\(range.upperBound))"
    }
}
