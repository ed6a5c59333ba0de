import Glibc
import OuroCore
import OuroStore
import TimerTree

/// Delivers hook events exactly once across every ouro process: claim in the transaction
/// that observes them, run after it commits, then mark them delivered.
///
/// The claim is the outbox row itself (``Store/recordEvents(_:at:claimant:)``): the event's
/// key is unique, so of several processes racing over one event only the one whose commit
/// recorded it runs its hooks. Should that process die between its commit and marking the
/// events delivered, the next run that records events (and has a hooks directory) finds
/// the claimant gone and delivers them itself, late, before the events of its own run (in
/// the order they were recorded). Each event is marked delivered as soon as its hook ends,
/// so delivery is exactly once while processes live, and at-least-once only for the one
/// hook a killed process was running — never lost.
struct HookDelivery: Sendable {
    /// Where hooks live; nil without a config directory.
    var directory: HookDirectory?
    /// Runs hooks with the `OURO_HOOK_TIMEOUT` limit (10 s unless set).
    var runner: HookRunner
    /// Which notifications are on (`OURO_NOTIFY`).
    var notifications: NotificationSettings
    /// The `PATH` to find `notify-send` in.
    var searchPath: String?
    /// The local zone, for notification texts.
    var zone: Zone

    /// The default time a hook may run before it is killed, in seconds.
    static let defaultTimeout = 10.0

    /// The delivery `environment` configures.
    ///
    /// - Throws: `OuroError` (exit 64) for an `OURO_HOOK_TIMEOUT` that is not a positive
    ///   number of seconds.
    init(_ environment: OuroEnvironment, zone: Zone) throws(OuroError) {
        directory = HookDirectory(environment)
        var timeout = Self.defaultTimeout
        if let text = environment["OURO_HOOK_TIMEOUT"] {
            guard let seconds = Double(text), seconds > 0, seconds.isFinite else {
                throw .badEnvironment(
                    "OURO_HOOK_TIMEOUT", text, "use a positive number of seconds, like 10 or 0.5")
            }
            timeout = seconds
        }
        runner = HookRunner(timeout: timeout)
        notifications = NotificationSettings(environment)
        searchPath = environment["PATH"]
        self.zone = zone
    }

    /// Records a run's events in the outbox and claims those with something to run; call
    /// inside the run's write transaction.
    ///
    /// Costs one `stat` of the hooks directory (and a `PATH` search for `notify-send` when
    /// an interval started) — only in runs that observed an event.
    ///
    /// - Returns: the events this process must deliver once the transaction commits.
    func claim(
        _ events: [NexusEvent], in model: Nexus, store: Store, now: Double
    ) throws -> [OutboxEvent] {
        let outbox = events.flatMap { OutboxEvent.hookEvents(for: $0, in: model) }
        let hooks = directory.flatMap { $0.exists ? $0 : nil }
        let notifier =
            notifications.desktop && outbox.contains { DesktopNotifier.notifies($0, at: now) }
            ? DesktopNotifier(searching: searchPath) : nil
        let entries = outbox.map { event in
            let runs =
                hooks?.hook(named: event.name) != nil
                || (notifier != nil && DesktopNotifier.notifies(event, at: now))
            return (event: event, claim: runs)
        }
        let isAlive: (Int32) -> Bool = { pid in kill(pid, 0) == 0 || errno == EPERM }
        return try store.claimEvents(
            entries, at: now, claimant: getpid(), reclaiming: hooks != nil ? isAlive : nil)
    }

    /// Runs the hooks (and the desktop notification) of claimed events in order, reports
    /// each failure as one stderr line, and marks each event delivered as soon as its hook
    /// has ended.
    ///
    /// Marking one event at a time (a short write each) means a process killed in the middle
    /// of a batch leaves for the next run only the hook it was running and those after it;
    /// the hooks that had finished are not run again.
    ///
    /// A failing hook is not fatal: the command's own result stands, and the event counts
    /// as delivered (it is never retried). So does a hook refused for being writable by
    /// others or owned by someone else (``HookDirectory/hook(named:)``), which is reported
    /// and not run. `report` gets each failure, without the `ouro: `
    /// that stderr puts before it (the default) and the HUD's message line does not.
    func deliver(
        _ claimed: [OutboxEvent], store: Store, now: Double,
        report: (String) -> Void = { StandardError.writeLine("ouro: " + $0) }
    ) {
        guard !claimed.isEmpty else { return }
        let notifier =
            notifications.desktop ? DesktopNotifier(searching: searchPath) : nil
        for event in claimed {
            switch directory?.hook(named: event.name) {
            case .runnable(let path):
                let outcome = runner.run(
                    path, arguments: [event.name],
                    environment: HookEnvironment.entries(for: event, now: now))
                if let line = outcome.report(hook: event.name, path: path, timeout: runner.timeout)
                {
                    report(line)
                }
            case .refused(let reason):
                report(reason)
            case nil:
                break
            }
            if let notifier, DesktopNotifier.notifies(event, at: now) {
                notifier.show(event, zone: zone, runner: runner)
            }
            do {
                try store.markDelivered([event.id], at: now)
            } catch {
                report(
                    "hook \(event.name) ran but could not be marked delivered in "
                        + "\(store.database.path): \(error)")
            }
        }
    }
}
