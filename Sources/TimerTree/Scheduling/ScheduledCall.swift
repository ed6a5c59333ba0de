/// A handle on work scheduled at a time: read its state, or cancel it while it is pending.
///
/// The handle drops its closure as soon as the call runs or is cancelled, so holding on to
/// handles never keeps the work's captures alive.
public final class ScheduledCall<Time: Comparable> {
    /// The call's sequence number in its scheduler (0, 1, 2, …); breaks ties between equal times.
    @inlinable
    public var id: Int { storedID }
    /// The time the call was requested for (it may run later, never earlier).
    @inlinable
    public var when: Time { storedWhen }

    /// Backs ``id``. Set only by its scheduler: at creation, and when a call private to
    /// TimerTree that has run is re-armed (`Scheduler.rearm`), never for a handle that left it.
    @exclusivity(unchecked) @usableFromInline var storedID: Int
    /// Backs ``when``; set only by its scheduler, like ``storedID``.
    @exclusivity(unchecked) @usableFromInline var storedWhen: Time

    /// Backs ``state``; settable only by the scheduler, which inlines into its clients.
    @exclusivity(unchecked) @usableFromInline var storedState: ScheduledState = .pending
    /// The work to run; nil once the call has run or been cancelled.
    @exclusivity(unchecked) @usableFromInline var work: (() -> Void)?
    /// The call's slot in `CallHeap`, kept there so removal needs no search.
    @exclusivity(unchecked) @usableFromInline var heapIndex = -1
    /// The scheduler whose queue holds the call, read only while the call is pending.
    ///
    /// Unowned and unchecked because a pending call is always in the queue of a live scheduler:
    /// a scheduler's `deinit` cancels every call still in its queue, so ``cancel()`` never
    /// reaches a dead scheduler, and handles kept by callers never keep a scheduler alive.
    /// Weak or checked references cost a quarter of the time of a repeating workload.
    @usableFromInline unowned(unsafe) let scheduler: Scheduler<Time>

    @inlinable
    init(id: Int, when: Time, scheduler: Scheduler<Time>, work: __owned @escaping () -> Void) {
        storedID = id
        storedWhen = when
        self.scheduler = scheduler
        self.work = work
    }

    /// Makes this call, which has run, a new pending call: for its scheduler's reuse only.
    @inlinable
    func revive(id: Int, when: Time, work: __owned @escaping () -> Void) {
        storedID = id
        storedWhen = when
        storedState = .pending
        self.work = work
    }

    /// Whether `call` can be reused unseen: nothing but the caller holds it, strongly, weakly
    /// or unowned, so no one can ever read its state again.
    ///
    /// A handle that ran must stay `.called` for whoever holds it; a handle nobody holds can
    /// become another call. The counts come from the runtime's debugger-support entry points.
    @inlinable
    static func isUnobserved(_ call: inout ScheduledCall<Time>) -> Bool {
        isKnownUniquelyReferenced(&call) && _getUnownedRetainCount(call) == 1
            && _getWeakRetainCount(call) == 1
    }

    /// Whether the call is still pending, has run, or was cancelled.
    @inlinable
    public var state: ScheduledState { storedState }

    /// Cancels the call if it is pending; on a call that ran or was cancelled, does nothing.
    ///
    /// Complexity: O(log n) in the scheduler's pending calls with the default queue.
    @inlinable
    public func cancel() {
        guard storedState == .pending else { return }
        scheduler.cancel(self)
    }

    /// Whether this call runs before `other`: earlier `when` first, then lower `id`.
    ///
    /// Queues plugged into a ``Scheduler`` must order calls by this relation.
    @inlinable
    public func runsBefore(_ other: ScheduledCall<Time>) -> Bool {
        when < other.when || (when == other.when && id < other.id)
    }
}
