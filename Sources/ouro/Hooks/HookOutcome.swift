import Glibc

/// How one hook (or notifier) run ended.
enum HookOutcome: Hashable, Sendable {
    /// It exited with this status.
    case exited(Int32)
    /// A signal ended it.
    case signaled(Int32)
    /// It ran past the timeout and was killed with its process group.
    case timedOut
    /// It could not be started (`posix_spawn`'s error number).
    case failedToStart(Int32)

    /// What went wrong with a hook that did not succeed, or nil when it did; stderr puts
    /// `ouro: ` before it, the HUD shows it as it is.
    func report(hook name: String, path: String, timeout: Double) -> String? {
        switch self {
        case .exited(0): nil
        case .exited(let status): "hook \(name) (\(path)) exited with status \(status)"
        case .signaled(let signal): "hook \(name) (\(path)) was ended by signal \(signal)"
        case .timedOut:
            "hook \(name) (\(path)) ran longer than \(ClockText.points(timeout)) s and "
                + "was killed; raise OURO_HOOK_TIMEOUT if it needs longer"
        case .failedToStart(let error):
            "hook \(name) (\(path)) could not start: "
                + String(cString: strerror(error))
        }
    }
}
