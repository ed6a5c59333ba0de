import Glibc
import OuroStore

/// Blocks `ouro watch` until another process commits to the store or a deadline passes.
///
/// Commits are seen through inotify on the database's `-wal` file (every commit writes
/// it), confirmed with `PRAGMA data_version` so the watcher's own commits do not wake it
/// twice. Deadlines use `poll`'s timeout, capped at a minute so a suspend (during which the
/// monotonic clock stops) delays a deadline by at most that.
struct WatchWaker {
    private let notify: Int32
    private var monitor: ChangeMonitor

    /// The longest single sleep, in seconds.
    static let longestSleep = 60.0

    /// Watches `store`'s files.
    init(store: Store) throws {
        notify = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard notify >= 0 else {
            throw OuroError(
                status: .storeUnavailable,
                message: "cannot watch \(store.database.path): "
                    + String(cString: strerror(errno)))
        }
        for path in [store.database.path + "-wal", store.database.path] {
            _ = inotify_add_watch(notify, path, UInt32(IN_MODIFY))
        }
        monitor = try ChangeMonitor(database: store.database)
    }

    /// Returns once another process has committed, or `deadline` (epoch seconds; nil for
    /// none) has passed by the wall clock, measured from `now`.
    mutating func wait(until deadline: Double?, now: Double) throws {
        let start = WallClock.now()
        while true {
            var timeout: Int32 = -1
            if let deadline {
                let left = deadline - now - (WallClock.now() - start)
                if left <= 0 { return }
                timeout = Int32((min(left, Self.longestSleep) * 1000).rounded(.up))
            }
            var descriptor = pollfd(fd: notify, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, timeout)
            if ready < 0, errno == EINTR { continue }
            if ready == 0, deadline != nil, timeout < Int32(Self.longestSleep * 1000) { return }
            drain()
            if ready > 0, try monitor.hasChanged() { return }
        }
    }

    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while buffer.withUnsafeMutableBytes({ read(notify, $0.baseAddress, $0.count) }) > 0 {}
    }
}
