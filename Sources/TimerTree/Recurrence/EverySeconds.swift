/// A rule for a fixed period in seconds: the grid `reference + k × seconds` for k ≥ 0.
public struct EverySeconds: RecurrenceRule, Sendable, Hashable {
    /// The period, in seconds.
    public let seconds: Double

    /// A rule repeating every `seconds` (positive and finite).
    @inlinable
    public init(_ seconds: Double) {
        precondition(seconds > 0 && seconds.isFinite, "a period must be positive and finite")
        self.seconds = seconds
    }

    /// The number of grid points in `[reference, current]`, and the first one after `current`.
    ///
    /// A future reference gives 0 steps and `next == reference` (Fritter counts negative steps
    /// there). Grid points are computed as `reference + k × seconds`, and the count is corrected
    /// against that same expression, so the count and `next` never disagree by a rounding.
    @inlinable
    public func steps(from reference: Double, to current: Double) -> (steps: Int, next: Double) {
        guard current >= reference else { return (0, reference) }
        // The common case for a timer woken on time: only the reference itself is due.
        let second = reference + seconds
        if current < second { return (1, second) }
        var passed = Int(((current - reference) / seconds).rounded(.down))
        while passed > 0 && reference + Double(passed) * seconds > current { passed -= 1 }
        while reference + Double(passed + 1) * seconds <= current { passed += 1 }
        return (passed + 1, reference + Double(passed + 1) * seconds)
    }
}
