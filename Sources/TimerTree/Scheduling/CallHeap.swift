/// The default ``TimerQueue``: a 4-ary min-heap in which every call knows its own slot.
///
/// Knowing the slot makes cancellation a sift from that slot — O(log n) — and keeps heap order
/// intact under arbitrary removals (removing from the middle of a plain array heap, as Fritter
/// does, breaks the order and lets calls run out of order). Each slot keeps a copy of its
/// call's `(when, id)` key, so sifting compares without chasing pointers to the calls, and
/// four children per node halve the depth (the children of a slot share a cache line or two).
public final class CallHeap<Time: Comparable>: TimerQueue {
    /// Children per node.
    @usableFromInline static var arity: Int { 4 }

    /// One heap slot: the call and a copy of its ordering key.
    @usableFromInline
    struct Slot {
        @usableFromInline let when: Time
        @usableFromInline let id: Int
        @usableFromInline let call: ScheduledCall<Time>

        @inlinable
        init(_ call: ScheduledCall<Time>) {
            when = call.when
            id = call.id
            self.call = call
        }

        @inlinable
        func runsBefore(_ other: Slot) -> Bool {
            when < other.when || (when == other.when && id < other.id)
        }
    }

    @exclusivity(unchecked) @usableFromInline var slots: [Slot] = []

    /// An empty heap.
    @inlinable
    public init() {}

    /// The number of pending calls held.
    @inlinable
    public var count: Int { slots.count }

    /// The call that runs first, if any. O(1).
    @inlinable
    public var first: ScheduledCall<Time>? { slots.first?.call }

    /// Adds a pending call. O(log n).
    @inlinable
    public func insert(_ call: ScheduledCall<Time>) {
        slots.append(Slot(call))
        siftUp(slots.count - 1)
    }

    /// Removes and returns the call that runs first, if any. O(log n).
    @inlinable
    public func removeFirst() -> ScheduledCall<Time>? {
        guard let head = slots.first?.call else { return nil }
        removeSlot(0)
        return head
    }

    /// Removes and returns the first call if it is due by `time`: the scheduler's batch step.
    ///
    /// One pass instead of `first`, then `removeFirst()`: the head is moved out, not copied.
    @inlinable
    func removeFirst(dueBy time: Time) -> ScheduledCall<Time>? {
        guard let head = slots.first, head.when <= time else { return nil }
        let last = slots.removeLast()
        guard !slots.isEmpty else {
            last.call.heapIndex = -1
            return last.call
        }
        let call = slots.withUnsafeMutableBufferPointer { buffer in
            let call = buffer.baseAddress!.move().call
            buffer.baseAddress!.initialize(to: last)
            return call
        }
        call.heapIndex = -1
        siftDown(0)
        return call
    }

    /// Removes `call`, which the heap holds. O(log n).
    @inlinable
    public func remove(_ call: ScheduledCall<Time>) {
        let slot = call.heapIndex
        precondition(slot >= 0 && slot < slots.count && slots[slot].call === call, "not in heap")
        removeSlot(slot)
    }

    /// Whether every parent runs before its children and every call knows its slot.
    var isValid: Bool {
        for slot in slots.indices {
            if slots[slot].call.heapIndex != slot { return false }
            if slot > 0 && slots[slot].runsBefore(slots[(slot - 1) / Self.arity]) { return false }
        }
        return true
    }

    @inlinable
    func removeSlot(_ slot: Int) {
        slots[slot].call.heapIndex = -1
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
            let moving = (base + start).move()
            var slot = start
            while slot > 0 {
                let parent = (slot - 1) / Self.arity
                guard moving.runsBefore(base[parent]) else { break }
                (base + slot).moveInitialize(from: base + parent, count: 1)
                base[slot].call.heapIndex = slot
                slot = parent
            }
            (base + slot).initialize(to: moving)
            base[slot].call.heapIndex = slot
        }
    }

    @inlinable
    func siftDown(_ start: Int) {
        slots.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            let count = buffer.count
            let moving = (base + start).move()
            var slot = start
            while true {
                let firstChild = Self.arity * slot + 1
                guard firstChild < count else { break }
                var child = firstChild
                for sibling in (firstChild + 1)..<min(firstChild + Self.arity, count)
                where base[sibling].runsBefore(base[child]) {
                    child = sibling
                }
                guard base[child].runsBefore(moving) else { break }
                (base + slot).moveInitialize(from: base + child, count: 1)
                base[slot].call.heapIndex = slot
                slot = child
            }
            (base + slot).initialize(to: moving)
            base[slot].call.heapIndex = slot
        }
    }
}
