/// The default ``TimerQueue``: a 4-ary min-heap in which every call knows its own slot, plus
/// a sorted run for calls that arrive in order.
///
/// Knowing the slot makes cancellation a sift from that slot — O(log n) — and keeps heap order
/// intact under arbitrary removals (removing from the middle of a plain array heap, as Fritter
/// does, breaks the order and lets calls run out of order). Each slot keeps a copy of its
/// call's time, so sifting compares without chasing pointers to the calls (but on ties), and
/// four children per node halve the depth (the children of a slot share a cache line or two).
///
/// Repeating timers mostly schedule calls later than every call already queued; those go to
/// the back of a sorted run in O(1) and leave it from the front in O(1), so lock-step
/// repetition never sifts. Cancelling a call in the run marks it dead in O(1); dead calls are
/// skipped when they reach the front.
///
/// Slots hold their calls unretained (`Unmanaged`) and own one retain each, taken on insert
/// and handed over on removal: moving a slot in a sift is then a plain copy, with no retain,
/// release or generic value-witness call per move.
public final class CallHeap<Time: Comparable>: TimerQueue {
    /// Children per node; `siftDown`'s tournament is written for four.
    @usableFromInline static var arity: Int { 4 }

    /// One heap slot: the call, owned by the heap through one retain, and a copy of its time.
    ///
    /// The id, needed only to break a tie, is read from the call: 16-byte slots put a node's
    /// four children in one cache line's worth of bytes, and distinct times rarely tie.
    @usableFromInline
    struct Slot {
        @usableFromInline let when: Time
        @usableFromInline let call: Unmanaged<ScheduledCall<Time>>

        /// Takes a retain on `call`, which the slot owns until it is removed.
        @inlinable
        init(retaining call: ScheduledCall<Time>) {
            when = call.when
            self.call = .passRetained(call)
        }

        /// The call's id, read without retaining it.
        @inlinable
        var id: Int {
            call._withUnsafeGuaranteedRef { $0.id }
        }

        /// Sets the call's `heapIndex` without retaining it (the slot's retain keeps it alive).
        @inlinable
        func place(at index: Int) {
            call._withUnsafeGuaranteedRef { $0.heapIndex = index }
        }

        /// The call's `heapIndex`, read without retaining it.
        @inlinable
        var heapIndex: Int {
            call._withUnsafeGuaranteedRef { $0.heapIndex }
        }

        /// Whether this slot's call runs first: the earlier time, or on a tie the lower id.
        ///
        /// Written with the rare tie as the only branch, so that the time comparison can
        /// feed a conditional move: which child of a node runs first is a coin toss for
        /// random times, and a mispredicted branch per comparison cost more than the rest of
        /// a sift step.
        @inlinable
        func runsBefore(_ other: Slot) -> Bool {
            if _slowPath(when == other.when) { return id < other.id }
            return when < other.when
        }
    }

    @exclusivity(unchecked) @usableFromInline var slots: [Slot] = []
    /// Calls in `(when, id)` order, in a ring of `runCapacity` (a power of two) slots starting
    /// at `runStart`; the first is live, the others may be dead (cancelled).
    ///
    /// A ring rather than an array: pushing and popping are a store and a mask, with no
    /// uniqueness check, no growth check beyond one compare, and no compaction.
    @exclusivity(unchecked) @usableFromInline var run: UnsafeMutablePointer<Slot>
    @exclusivity(unchecked) @usableFromInline var runCapacity = 16
    @exclusivity(unchecked) @usableFromInline var runStart = 0
    /// Slots in the ring, dead ones included.
    @exclusivity(unchecked) @usableFromInline var runCount = 0
    /// Cancelled calls still in the ring.
    @exclusivity(unchecked) @usableFromInline var runDead = 0

    /// `heapIndex` of a call waiting in the run.
    @usableFromInline static var inRun: Int { -2 }

    /// An empty heap.
    @inlinable
    public init() {
        run = .allocate(capacity: runCapacity)
    }

    /// Gives back the retain of every call still held, dead calls in the run included.
    deinit {
        for slot in slots { slot.call.release() }
        while runCount > 0 { popRunSlot().call.release() }
        run.deallocate()
    }

    /// The ring slot `offset` places after the run's first.
    @inlinable
    func runSlot(_ offset: Int) -> UnsafeMutablePointer<Slot> {
        run + ((runStart &+ offset) & (runCapacity &- 1))
    }

    /// Removes the run's first slot, live or dead, and returns it; the run must not be empty.
    @inlinable
    func popRunSlot() -> Slot {
        let slot = run[runStart]
        (run + runStart).deinitialize(count: 1)
        runStart = (runStart &+ 1) & (runCapacity &- 1)
        runCount &-= 1
        return slot
    }

    /// Appends `slot` to the run, doubling the ring when it is full.
    @inlinable
    func pushRun(_ slot: Slot) {
        if runCount == runCapacity { growRun() }
        runSlot(runCount).initialize(to: slot)
        runCount &+= 1
    }

    /// Doubles the ring, moving its slots to the front of the new one in order.
    @usableFromInline
    func growRun() {
        let grown = UnsafeMutablePointer<Slot>.allocate(capacity: runCapacity * 2)
        let firstPart = min(runCount, runCapacity - runStart)
        (grown).moveInitialize(from: run + runStart, count: firstPart)
        (grown + firstPart).moveInitialize(from: run, count: runCount - firstPart)
        run.deallocate()
        run = grown
        runStart = 0
        runCapacity *= 2
    }

    /// The number of pending calls held.
    @inlinable
    public var count: Int { slots.count + runCount - runDead }

    /// The call that runs first, if any. O(1).
    @inlinable
    public var first: ScheduledCall<Time>? {
        if runCount > 0 {
            let slot = !slots.isEmpty && heapHeadRunsBeforeRunHead ? slots[0] : run[runStart]
            return slot.call.takeUnretainedValue()
        }
        return slots.isEmpty ? nil : slots[0].call.takeUnretainedValue()
    }

    /// The time of the call that runs first, if any, read from its slot. O(1).
    @inlinable
    var firstWhen: Time? {
        if runCount > 0 {
            return !slots.isEmpty && heapHeadRunsBeforeRunHead ? slots[0].when : run[runStart].when
        }
        return slots.isEmpty ? nil : slots[0].when
    }

    /// Adds a pending call. O(1) if it runs after every queued call, O(log n) otherwise.
    @inlinable
    public func insert(_ call: ScheduledCall<Time>) {
        let slot = Slot(retaining: call)
        if runCount == 0 || runSlot(runCount &- 1).pointee.runsBefore(slot) {
            call.heapIndex = Self.inRun
            pushRun(slot)
        } else {
            slots.append(slot)
            siftUp(slots.count - 1)
        }
    }

    /// Removes and returns the call that runs first, if any. O(log n).
    @inlinable
    public func removeFirst() -> ScheduledCall<Time>? {
        if runCount > 0 {
            return !slots.isEmpty && heapHeadRunsBeforeRunHead ? popHeap() : popRun()
        }
        return slots.isEmpty ? nil : popHeap()
    }

    /// Removes and returns the first call if it is due by `time`: the scheduler's batch step.
    ///
    /// One pass instead of `first`, then `removeFirst()`.
    @inlinable
    func removeFirst(dueBy time: Time) -> ScheduledCall<Time>? {
        if runCount > 0 {
            if !slots.isEmpty && heapHeadRunsBeforeRunHead {
                return slots[0].when <= time ? popHeap() : nil
            }
            return run[runStart].when <= time ? popRun() : nil
        }
        guard !slots.isEmpty && slots[0].when <= time else { return nil }
        return popHeap()
    }

    /// Whether the heap's head runs before the run's head; both must exist.
    @inlinable
    var heapHeadRunsBeforeRunHead: Bool {
        let heapWhen = slots[0].when
        let runWhen = run[runStart].when
        return heapWhen < runWhen || (heapWhen == runWhen && slots[0].id < run[runStart].id)
    }

    /// Takes the heap's head; the last slot moves into its place and sifts down.
    @inlinable
    func popHeap() -> ScheduledCall<Time> {
        let last = slots.removeLast()
        guard !slots.isEmpty else {
            last.place(at: -1)
            return last.call.takeRetainedValue()
        }
        let head = slots[0]
        slots[0] = last
        head.place(at: -1)
        siftDown(0)
        return head.call.takeRetainedValue()
    }

    /// Takes the run's live head, then skips any dead calls behind it.
    @inlinable
    func popRun() -> ScheduledCall<Time> {
        let head = popRunSlot()
        head.place(at: -1)
        skipDeadRunHead()
        return head.call.takeRetainedValue()
    }

    /// Keeps the run's head live: drops the dead calls in front of it.
    @inlinable
    func skipDeadRunHead() {
        while runDead > 0 && runCount > 0 && run[runStart].heapIndex != Self.inRun {
            popRunSlot().call.release()
            runDead -= 1
        }
    }

    /// Removes `call`, which the heap holds. O(log n), or O(1) for a call in the run.
    @inlinable
    public func remove(_ call: ScheduledCall<Time>) {
        if call.heapIndex == Self.inRun {
            call.heapIndex = -1
            runDead += 1
            skipDeadRunHead()
            return
        }
        let slot = call.heapIndex
        precondition(
            slot >= 0 && slot < slots.count
                && slots[slot].call.toOpaque()
                    == Unmanaged.passUnretained(call).toOpaque(),
            "not in heap")
        removeSlot(slot)
    }

    /// Whether every parent runs before its children, every call knows its slot, and the run
    /// is sorted, starts live, and counts its dead.
    var isValid: Bool {
        let live = (0..<runCount).map { runSlot($0).pointee }
        if live.filter({ $0.heapIndex != Self.inRun }).count != runDead { return false }
        if !zip(live, live.dropFirst()).allSatisfy({ $0.runsBefore($1) }) { return false }
        if let head = live.first, head.heapIndex != Self.inRun { return false }
        for slot in slots.indices {
            if slots[slot].heapIndex != slot { return false }
            if slot > 0 && slots[slot].runsBefore(slots[(slot - 1) / Self.arity]) { return false }
        }
        return true
    }

    @inlinable
    func removeSlot(_ slot: Int) {
        let removed = slots[slot]
        removed.place(at: -1)
        // The caller holds the call, so giving back the heap's retain cannot free it here.
        removed.call.release()
        let last = slots.removeLast()
        guard slot < slots.count else { return }
        slots[slot] = last
        // The moved call may belong above or below the hole; one of the sifts is a no-op.
        if slot > 0 && last.runsBefore(slots[(slot - 1) / Self.arity]) {
            siftUp(slot)
        } else {
            siftDown(slot)
        }
    }

    @inlinable
    func siftUp(_ start: Int) {
        slots.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            let moving = base[start]
            var slot = start
            while slot > 0 {
                let parent = (slot - 1) / Self.arity
                guard moving.runsBefore(base[parent]) else { break }
                base[slot] = base[parent]
                base[slot].place(at: slot)
                slot = parent
            }
            base[slot] = moving
            moving.place(at: slot)
        }
    }

    /// Moves the slot at `start` down to its place: each step takes the first of up to four
    /// children, with a branch-light tournament (three comparisons) when all four exist.
    @inlinable
    func siftDown(_ start: Int) {
        slots.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            let count = buffer.count
            let moving = base[start]
            var slot = start
            while true {
                let firstChild = Self.arity &* slot &+ 1
                var child: Int
                if firstChild &+ 3 < count {
                    let left =
                        base[firstChild].runsBefore(base[firstChild &+ 1])
                        ? firstChild : firstChild &+ 1
                    let right =
                        base[firstChild &+ 2].runsBefore(base[firstChild &+ 3])
                        ? firstChild &+ 2 : firstChild &+ 3
                    child = base[left].runsBefore(base[right]) ? left : right
                } else if firstChild < count {
                    child = firstChild
                    var sibling = firstChild &+ 1
                    while sibling < count {
                        if base[sibling].runsBefore(base[child]) { child = sibling }
                        sibling &+= 1
                    }
                } else {
                    break
                }
                guard base[child].runsBefore(moving) else { break }
                base[slot] = base[child]
                base[slot].place(at: slot)
                slot = child
            }
            base[slot] = moving
            moving.place(at: slot)
        }
    }
}
