import Glibc
import OuroStore
import TimerTree

/// Blocks `ouro watch` until another process commits to the store or a deadline passes.
///
/// Commits are seen through ``StoreWatch`` on the data directory (the HUD's watch),
/// confirmed with `PRAGMA data_version` so the watcher's own commits do not wake it twice.
/// Deadlines use `poll`'s timeout, capped at a minute so a suspend (during which the
/// monotonic clock stops) delays a deadline by at most that.
struct WatchWaker {
    private let watch: StoreWatch
    private var monitor: ChangeMonitor

    /// The longest single sleep, in seconds.
    static let longestSleep = 60.0

    /// Watches the data directory `directory` of `store`.
    init(store: Store, directory: String) throws {
        guard let watch = StoreWatch(directory: directory) else {
            throw OuroError(
                status: .storeUnavailable,
                message: "cannot watch \(directory): " + String(cString: strerror(errno)))
        }
        self.watch = watch
        monitor = try ChangeMonitor(database: store.database)
    }

    /// Returns once another process has committed, or `deadline` (epoch seconds; nil for
    /// none) has passed by the wall clock, measured from `now`.
    mutating func wait(until deadline: Double?, now: Double) throws {
        let start = EpochSeconds.seconds()
        while true {
            var timeout: Int32 = -1
            if let deadline {
                let left = deadline - now - (EpochSeconds.seconds() - start)
                if left <= 0 { return }
                timeout = Int32((min(left, Self.longestSleep) * 1000).rounded(.up))
            }
            var descriptor = pollfd(fd: watch.fileDescriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, timeout)
            if ready < 0, errno == EINTR { continue }
            if ready == 0, deadline != nil, timeout < Int32(Self.longestSleep * 1000) { return }
            watch.drain()
            if ready > 0, try monitor.hasChanged() { return }
        }
    }
}
