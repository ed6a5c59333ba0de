/// The seam between a scheduler and a source of time: a clock that can wake its scheduler once.
///
/// A driver holds at most one wake-up. The scheduler keeps it pointed at its earliest pending
/// call, so a driver never needs a queue of its own: a memory driver in tests, a monotonic or
/// wall clock in an event loop, or a branch of another scheduler all fit behind this protocol.
public protocol TimeDriver<Time>: AnyObject {
    /// The driver's kind of time (seconds as `Double`, a civil instant, …).
    associatedtype Time: Comparable

    /// The driver's current time.
    func now() -> Time

    /// Arms the driver's one wake-up to run `work` once at or after `time`.
    ///
    /// Each call replaces the previous wake-up, whether or not it has run; the replaced work
    /// must never run.
    func reschedule(at time: Time, _ work: @escaping () -> Void)

    /// Drops the pending wake-up, if any; its work must never run after this returns.
    func unschedule()
}
