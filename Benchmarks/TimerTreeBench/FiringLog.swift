/// The times that the one-shot workloads' callbacks record, in firing order, in memory
/// allocated before the timed region.
///
/// This is a benchmark of the timer library, so the user code it schedules is made as cheap in
/// Swift as `fritter_bench.py` makes it in Python (`append = fired.append; lambda t=t:
/// append(t)`, Python's cheapest callback). A closure appending to a captured `var fired:
/// [Double]` would box the array and pay, on every firing, dynamic exclusivity checks and a
/// uniqueness check, and on every timer a retain and release of the box: about a third of the
/// instructions per timer of (a) went to that, none of it the library's. Here each callback
/// captures two plain pointers and its own time (one small context allocation, like Python's
/// lambda with its default), and recording is a store and an increment.
struct FiringLog {
    /// Room for `capacity` times; recording more is a programming error.
    private let times: UnsafeMutablePointer<Double>
    /// How many times are recorded, and how many fit.
    private let counts: UnsafeMutablePointer<(recorded: Int, capacity: Int)>

    /// An empty log with room for `capacity` times.
    init(capacity: Int) {
        times = .allocate(capacity: capacity)
        counts = .allocate(capacity: 1)
        counts.initialize(to: (0, capacity))
    }

    /// Appends `time`: what each callback does when it fires.
    @inline(__always)
    func record(_ time: Double) {
        let recorded = counts.pointee.recorded
        precondition(recorded < counts.pointee.capacity, "more firings than timers")
        times[recorded] = time
        counts.pointee.recorded = recorded &+ 1
    }

    /// The recorded times, in firing order; valid until ``deallocate()``.
    var recorded: UnsafeBufferPointer<Double> {
        UnsafeBufferPointer(start: times, count: counts.pointee.recorded)
    }

    /// Frees the log; no callback may record into it afterwards.
    func deallocate() {
        times.deallocate()
        counts.deallocate()
    }
}
