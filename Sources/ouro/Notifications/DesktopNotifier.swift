import Glibc
import OuroStore
import TimerTree

/// Desktop notifications through `notify-send` (libnotify), when it is on the `PATH`.
///
/// Best effort: without a notification daemon `notify-send` fails, and a status bar calling
/// `ouro status` every second must not print that at every interval, so failures are silent.
struct DesktopNotifier: Sendable {
    /// The `notify-send` executable.
    var path: String

    /// Finds `notify-send` in the `PATH` directories; nil when it is not installed.
    init?(searching pathVariable: String?) {
        for directory in (pathVariable ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        where directory.hasPrefix("/") {
            let candidate = String(directory) + "/notify-send"
            if access(candidate, X_OK) == 0 {
                path = candidate
                return
            }
        }
        return nil
    }

    /// Whether `event` gets a desktop notification delivered at `now`: interval starts
    /// whose interval is still running (a start prompt that expired while nothing ran is
    /// old news).
    static func notifies(_ event: OutboxEvent, at now: Double) -> Bool {
        event.name == "interval-start" && event.end > now
    }

    /// Shows `event` with `runner`; the outcome is ignored (see the type's note).
    func show(_ event: OutboxEvent, zone: Zone, runner: HookRunner) {
        let text = NotificationText(event, zone: zone)
        let urgency = event.kind == "startPrompt" ? "normal" : "low"
        _ = runner.run(
            path, arguments: ["--app-name=ouro", "--urgency=" + urgency, text.title, text.body],
            environment: HookEnvironment.entries(for: event, now: event.time))
    }
}
