/// A hook found in the hooks directory: one to run, or one refused because others could
/// have written it.
enum HookFile: Hashable, Sendable {
    /// The executable at this path may run.
    case runnable(String)
    /// The hook must not run; the reason names the offending path (without `ouro: `).
    case refused(String)
}
