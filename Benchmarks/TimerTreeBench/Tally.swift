/// Counters that the repeating and tree workloads' callbacks bump, in one cell allocated before
/// the timed region.
///
/// Like ``FiringLog``: the Python callbacks bump `nonlocal` cells, their cheapest form, so the
/// Swift ones bump fields through a pointer they capture, with no boxed variables (and so no
/// dynamic exclusivity checks, retains or releases) of the benchmark's own.
struct Tally {
    /// The counters: work calls and steps in (c), firings and early firings in (d).
    private let cell: UnsafeMutablePointer<(first: Int, second: Int)>

    /// Both counters at zero.
    init() {
        cell = .allocate(capacity: 1)
        cell.initialize(to: (0, 0))
    }

    /// Adds to the counters: what each callback does when it runs.
    @inline(__always)
    func add(_ first: Int, _ second: Int) {
        cell.pointee.first &+= first
        cell.pointee.second &+= second
    }

    /// The first counter.
    var first: Int { cell.pointee.first }
    /// The second counter.
    var second: Int { cell.pointee.second }

    /// Frees the cell; no callback may add to it afterwards.
    func deallocate() {
        cell.deallocate()
    }
}
