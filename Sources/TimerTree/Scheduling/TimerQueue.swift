/// The pending calls of a scheduler, kept in run order: a seam for other queue structures.
///
/// A queue orders calls by ``ScheduledCall/runsBefore(_:)`` — `(when, id)` — and must stay
/// correct under removal of any call, not only the first. ``CallHeap`` is the default.
public protocol TimerQueue<Time>: AnyObject {
    /// The time type of the calls held.
    associatedtype Time: Comparable

    /// The number of pending calls held.
    var count: Int { get }

    /// The call that runs first, if any.
    var first: ScheduledCall<Time>? { get }

    /// Adds a pending call.
    func insert(_ call: ScheduledCall<Time>)

    /// Removes and returns the call that runs first, if any.
    func removeFirst() -> ScheduledCall<Time>?

    /// Removes `call`, which the queue holds.
    func remove(_ call: ScheduledCall<Time>)
}
