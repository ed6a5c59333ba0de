/// A driver whose time moves only when told to: for tests, simulations and fast-forwarding.
///
/// Time is in seconds as a `Double`, starting wherever the caller says.
public final class MemoryDriver: TimeDriver {
    @exclusivity(unchecked) private var current: Double
    @exclusivity(unchecked) private var wakeUp: (time: Double, work: () -> Void)?

    /// A driver reading `now` until it is advanced.
    public init(now: Double = 0) {
        current = now
    }

    /// The driver's current time.
    public func now() -> Double { current }

    /// Arms the one wake-up, replacing any previous one.
    public func reschedule(at time: Double, _ work: @escaping () -> Void) {
        wakeUp = (time, work)
    }

    /// Drops the pending wake-up, if any.
    public func unschedule() {
        wakeUp = nil
    }

    /// Whether a wake-up is pending.
    public var isScheduled: Bool { wakeUp != nil }

    /// The time of the pending wake-up, if any; lets a simulation step from event to event.
    public var nextWakeUp: Double? { wakeUp?.time }

    /// Moves time forward by `delta` seconds and runs everything due at the new time.
    ///
    /// Work that falls due while this runs — scheduled by callbacks for a time at or before
    /// the new time — runs too, before this returns.
    public func advance(by delta: Double) {
        precondition(delta >= 0, "a memory driver never moves backwards")
        current += delta
        runDue()
    }

    /// Jumps to the pending wake-up (never backwards) and runs everything due there.
    ///
    /// Returns the distance moved, or nil when no wake-up is pending.
    @discardableResult
    public func advance() -> Double? {
        guard let wakeUp else { return nil }
        let delta = max(0, wakeUp.time - current)
        current = max(current, wakeUp.time)
        runDue()
        return delta
    }

    private func runDue() {
        // Taken, not copied: a copy would retain the work only to release it again.
        while let time = wakeUp?.time, time <= current {
            if let due = wakeUp.take() { due.work() }
        }
    }
}
