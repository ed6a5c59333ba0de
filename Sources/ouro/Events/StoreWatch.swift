import Glibc

/// Wakes the HUD and `ouro watch` when something writes to the data directory: an inotify
/// descriptor on the directory, which reports writes to the database's `-wal` file, files
/// closed after writing, and files created, replaced or removed.
///
/// A wake-up is only a hint (a process's own commits and checkpoints wake it too): the
/// caller confirms with `ChangeMonitor`. Closes matter: SQLite makes a commit visible through
/// the memory-mapped `-shm` index, which inotify never reports, so a check made on the last
/// `-wal` write can come too early; the writer closing its files afterwards wakes the caller
/// again. A final class: it owns the descriptor.
final class StoreWatch {
    /// The descriptor to `poll()` for `POLLIN`.
    let fileDescriptor: Int32

    /// Watches `directory`, or returns nil when inotify is unavailable (the caller then
    /// checks the store on its regular wake-ups instead).
    init?(directory: String) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        let events = UInt32(IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_TO | IN_CLOSE_WRITE)
        guard inotify_add_watch(descriptor, directory, events) >= 0 else {
            close(descriptor)
            return nil
        }
        fileDescriptor = descriptor
    }

    deinit {
        close(fileDescriptor)
    }

    /// Reads and discards every pending notification, so `poll()` sleeps again.
    func drain() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while read(fileDescriptor, &buffer, buffer.count) > 0 {}
    }
}
