@preconcurrency import Glibc
import OuroCore
import OuroStore

/// The environment a hook runs in: ouro's own, minus any stale `OURO_*` event variables,
/// plus the event's.
enum HookEnvironment {
    /// The variables that describe an event.
    static let eventNames = [
        "OURO_EVENT", "OURO_KIND", "OURO_START", "OURO_END", "OURO_INTENTION_ID",
        "OURO_INTENTION_TITLE", "OURO_LATE",
    ]

    /// How late delivery must be, in seconds, before `OURO_LATE` is set: a process that was
    /// running at the time delivers within milliseconds.
    static let lateThreshold = 1.0

    /// The `NAME=value` entries for `event` delivered at `now`.
    ///
    /// Values are passed byte for byte — a title with quotes, `$(…)` or newlines reaches the
    /// hook exactly as typed, and nothing interprets it.
    static func entries(for event: OutboxEvent, now: Double) -> [String] {
        var entries = inherited()
        entries.append("OURO_EVENT=" + event.name)
        entries.append("OURO_KIND=" + event.kind)
        entries.append("OURO_START=" + seconds(event.start))
        entries.append("OURO_END=" + seconds(event.end))
        if let id = event.intentionID { entries.append("OURO_INTENTION_ID=\(id)") }
        if let title = event.intentionTitle { entries.append("OURO_INTENTION_TITLE=" + title) }
        let late = now - event.time
        if late >= lateThreshold { entries.append("OURO_LATE=" + seconds(late)) }
        return entries
    }

    /// Seconds as hooks read them: whole seconds, rounded down as `date +%s` does, so
    /// shell arithmetic (`$((OURO_END - OURO_START))`) works on them.
    ///
    /// Rounding each value down keeps times in order and a lateness under a second unset.
    /// Values beyond ±10^15 s (no real time) are clamped, so the conversion never traps.
    static func seconds(_ value: Double) -> String {
        String(WholeNumber.rounding(value, .down))
    }

    /// This process's environment without the event variables.
    private static func inherited() -> [String] {
        var entries: [String] = []
        guard var cursor = Optional(environ) else { return entries }
        while let entry = cursor.pointee {
            let text = String(cString: entry)
            let name = text.prefix { $0 != "=" }
            if !eventNames.contains(where: { $0 == name }) { entries.append(text) }
            cursor = cursor.advanced(by: 1)
        }
        return entries
    }
}
