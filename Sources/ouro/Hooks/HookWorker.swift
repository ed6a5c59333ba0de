import Dispatch
import OuroStore
import Synchronization

/// Delivers claimed hook events on a thread of their own, one run after another, for the
/// HUD.
///
/// A hook may run for up to `OURO_HOOK_TIMEOUT` seconds, and `notify-send` in a desktop
/// session with no notification daemon waits for one that never answers; run in the HUD's
/// own thread, either froze the screen and the keys at every interval boundary. Commands
/// keep delivering in their own process before they exit, which is what a script expects.
///
/// Exactly-once delivery holds as before: the events are claimed in the HUD's transaction and
/// the HUD process lives while the worker runs them; ``finish()`` waits for the queue before
/// the HUD exits.
///
/// A final class: the HUD and the worker's thread share the queue and the reports.
final class HookWorker: Sendable {
    private let delivery: HookDelivery
    /// The data directory; the worker opens its own connection to the store.
    private let directory: String
    private let queue = DispatchQueue(label: "ouro.hooks")
    /// Failure lines not yet shown.
    private let reports = Mutex<[String]>([])

    /// A worker delivering with `delivery` to the store in `directory`.
    init(delivery: HookDelivery, directory: String) {
        self.delivery = delivery
        self.directory = directory
    }

    /// Queues `claimed` for delivery, after everything queued before, and returns at once.
    func deliver(_ claimed: [OutboxEvent], now: Double) {
        guard !claimed.isEmpty else { return }
        queue.async { [self] in
            let report: (String) -> Void = { line in self.reports.withLock { $0.append(line) } }
            do {
                let store = try Store(directory: directory)
                delivery.deliver(claimed, store: store, now: now, report: report)
            } catch {
                report("hooks could not open the data store in \(directory): \(error)")
            }
        }
    }

    /// The failures reported since the last call, oldest first, without `ouro: `.
    func takeReports() -> [String] {
        reports.withLock { lines in
            defer { lines.removeAll() }
            return lines
        }
    }

    /// Waits for every queued delivery (each at most the hook timeout per hook), then writes
    /// any failure not yet shown to stderr.
    func finish() {
        queue.sync {}
        for message in takeReports() { StandardError.writeLine("ouro: " + message) }
    }
}
