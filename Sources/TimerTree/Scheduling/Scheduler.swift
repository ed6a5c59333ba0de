/// Runs work at times on a driver, in `(when, id)` order, waking the driver once per instant.
///
/// The scheduler keeps one invariant: after any change — a call scheduled or cancelled, a
/// batch run — its driver holds exactly one wake-up, for the earliest pending call, or none
/// when nothing is pending. A wake-up reads the time once and runs every call due by then,
/// including calls that its own callbacks schedule for that time or earlier; each callback
/// sees ``now()`` equal to the wake-up time.
///
/// A scheduler lives as long as its owner holds it (a branch's trunk is held by the branch);
/// dropping it cancels its pending calls. The hot paths are inlinable so that clients get them specialized for their `Time`.
public final class Scheduler<Time: Comparable> {
    @usableFromInline let driver: any TimeDriver<Time>
    /// The default queue, held concretely so it specializes and inlines; empty and unused with
    /// a custom queue. Not optional: binding an optional `let` retains it on every call.
    @usableFromInline let heap: CallHeap<Time>
    /// A custom queue; nil with the default one.
    @usableFromInline let customQueue: (any TimerQueue<Time>)?
    @exclusivity(unchecked) @usableFromInline var nextID = 0
    /// The time the driver's wake-up is armed for; nil when the driver holds none.
    @exclusivity(unchecked) @usableFromInline var armedAt: Time?
    /// The wake-up time while a batch runs; nil outside a batch.
    @exclusivity(unchecked) @usableFromInline var batchNow: Time?
    /// A call that ran and that nobody else holds, kept to be the next call made: saves an
    /// allocation and a deallocation per call for repeating work whose handles are dropped.
    @exclusivity(unchecked) @usableFromInline var spareCall: ScheduledCall<Time>?
    /// The work handed to the driver, made once: a closure per re-arm would be an allocation.
    @exclusivity(unchecked) @usableFromInline var wakeUpWork: () -> Void = {}

    /// A scheduler on `driver` with the default queue, ``CallHeap``.
    ///
    /// The scheduler takes `driver` over: it replaces any wake-up the driver holds.
    @inlinable
    public init(driver: some TimeDriver<Time>) {
        self.driver = driver
        heap = CallHeap<Time>()
        customQueue = nil
        wakeUpWork = makeWakeUpWork()
    }

    /// A scheduler on `driver` that keeps its pending calls in `queue`.
    ///
    /// The scheduler takes `driver` over: it replaces any wake-up the driver holds.
    @inlinable
    public init(driver: some TimeDriver<Time>, queue: some TimerQueue<Time>) {
        self.driver = driver
        if let queue = queue as? CallHeap<Time> {
            heap = queue
            customQueue = nil
        } else {
            heap = CallHeap<Time>()
            customQueue = queue
        }
        wakeUpWork = makeWakeUpWork()
    }

    /// Cancels what is still pending, so no handle outliving the scheduler can reach it, and
    /// drops the driver's wake-up.
    deinit {
        while let call = customQueue?.removeFirst() ?? heap.removeFirst() {
            call.storedState = .cancelled
            call.work = nil
        }
        if armedAt != nil { driver.unschedule() }
    }

    /// The current time: the wake-up time inside a batch, the driver's time outside one.
    @inlinable
    public func now() -> Time {
        batchNow ?? driver.now()
    }

    /// The number of calls waiting to run.
    public var pendingCount: Int { customQueue?.count ?? heap.count }

    /// The time of the earliest pending call, which is when the driver will wake next.
    public var nextTime: Time? { firstWhen }

    /// Schedules `work` to run at `time` (or on the next wake-up, for a time already past).
    ///
    /// Never runs `work` before returning, even for a past time. O(log n).
    @inlinable
    @discardableResult
    public func callAt(_ time: Time, _ work: __owned @escaping () -> Void) -> ScheduledCall<Time> {
        let call: ScheduledCall<Time>
        if let spare = spareCall.take() {
            spare.revive(id: nextID, when: time, work: work)
            call = spare
        } else {
            call = ScheduledCall(id: nextID, when: time, scheduler: self, work: work)
        }
        nextID += 1
        if let customQueue { customQueue.insert(call) } else { heap.insert(call) }
        // Outside a batch the driver is armed for the head's time: a call at or after it
        // (a tie loses on id) leaves the head, and so the wake-up, as they are.
        if batchNow == nil && !(armedAt.map { time >= $0 } ?? false) { armDriver() }
        return call
    }

    /// Schedules `call`, which has run, again at `time` with `work`, as if newly made: it gets
    /// the next id and goes back to pending.
    ///
    /// For calls private to TimerTree (a branch's one call in its trunk), whose handle nobody
    /// else can hold: a call that ran stays `.called` for everyone else. Saves an allocation
    /// and a deallocation per re-arm. Only with the default queue, which holds no trace of a
    /// call once it has run (a custom queue might key tombstones by identity).
    @inlinable
    func rearm(_ call: ScheduledCall<Time>, at time: Time, _ work: __owned @escaping () -> Void) {
        precondition(call.storedState == .called && customQueue == nil, "only a call that ran")
        call.revive(id: nextID, when: time, work: work)
        nextID += 1
        heap.insert(call)
        if batchNow == nil { armDriver() }
    }

    /// Whether ``rearm(_:at:_:)`` may be used: the scheduler has the default queue.
    @inlinable
    var canRearm: Bool { customQueue == nil }

    /// Removes a pending call and moves the driver's wake-up if the head changed.
    @inlinable
    func cancel(_ call: ScheduledCall<Time>) {
        call.storedState = .cancelled
        call.work = nil
        if let customQueue { customQueue.remove(call) } else { heap.remove(call) }
        if batchNow == nil { armDriver() }
    }

    @inlinable
    var first: ScheduledCall<Time>? {
        if let customQueue { customQueue.first } else { heap.first }
    }

    @inlinable
    func removeFirst(dueBy time: Time) -> ScheduledCall<Time>? {
        guard let customQueue else { return heap.removeFirst(dueBy: time) }
        guard let head = customQueue.first, head.when <= time else { return nil }
        return customQueue.removeFirst()
    }

    /// Points the driver's one wake-up at the earliest pending call, or drops it.
    @inlinable
    func armDriver() {
        guard let when = firstWhen else {
            if armedAt != nil {
                armedAt = nil
                driver.unschedule()
            }
            return
        }
        if let armedAt, armedAt == when { return }
        armedAt = when
        driver.reschedule(at: when, wakeUpWork)
    }

    /// The time of the earliest pending call; with the default queue, read without touching
    /// (or retaining) the call.
    @inlinable
    var firstWhen: Time? {
        if let customQueue { customQueue.first?.when } else { heap.firstWhen }
    }

    /// The driver's work: wake this scheduler.
    ///
    /// Not strong: the scheduler owns the driver, and whoever owns the scheduler decides how
    /// long its work lives. Unowned rather than weak: `deinit` unschedules the driver, so the
    /// closure never runs after `self` is gone, and a weak reference would give the scheduler a
    /// side table that slows every later retain of it (a fifth of a repeating workload).
    @inlinable
    func makeWakeUpWork() -> () -> Void {
        { [unowned self] in self.wake() }
    }

    /// Runs every call due at the driver's current time, then re-arms the driver.
    @inlinable
    func wake() {
        armedAt = nil
        let time = driver.now()
        batchNow = time
        // Re-arm whatever a callback does, so one bad callback cannot wedge the scheduler.
        defer {
            batchNow = nil
            armDriver()
        }
        while var head = removeFirst(dueBy: time) {
            head.storedState = .called
            if let work = head.work.take() { work() }
            if spareCall == nil && customQueue == nil && ScheduledCall.isUnobserved(&head) {
                spareCall = head
            }
        }
    }
}
