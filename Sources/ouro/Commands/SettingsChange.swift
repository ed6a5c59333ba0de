import OuroCore
import Synchronization
import TimerTree

/// What the main command's flags (`--work-hours`, `--work-days`, `--streak`) ask to change,
/// as plain values that can wait for the subcommand's transaction.
///
/// Given alone (or with `hud`), the flags are saved and echoed; given with another
/// subcommand, they are applied in that subcommand's transaction, just before it runs, so a
/// subcommand that fails leaves them unsaved too (cli.md: root flags are never silently
/// ignored).
struct SettingsChange: Hashable, Sendable {
    /// `--work-hours`: the daily span.
    var workHours: TimeRange?
    /// `--work-days`: the days.
    var workDays: WorkDays?
    /// `--streak`: the streak's steps.
    var streak: StreakArgument?

    /// Whether no setting was given.
    var isEmpty: Bool { workHours == nil && workDays == nil && streak == nil }

    /// The flags given with a subcommand, from parsing until the subcommand's first
    /// transaction takes them (see ``CommandContext/update(scope:readMostly:in:_:)``).
    private static let pending = Mutex<SettingsChange?>(nil)

    /// Holds the flags for the subcommand about to run.
    static func hold(_ change: SettingsChange) {
        pending.withLock { $0 = change.isEmpty ? nil : change }
    }

    /// The flags held for the subcommand, once: the first transaction applies them.
    static func take() -> SettingsChange? {
        pending.withLock { held in
            defer { held = nil }
            return held
        }
    }

    /// The rules the work-hour flags ask for, given the rules in force; nil when neither
    /// flag was given.
    ///
    /// Both flags: one rule, those days and times. `--work-days` alone keeps each rule's
    /// times (and zone) and gives it these days; `--work-hours` alone keeps each rule's days
    /// and gives it these times, read in `zone`. With no rule in force, the missing half
    /// comes from the defaults (Monday–Friday, 09:00–17:00).
    func drafts(from rules: [WorkHourRule], zone: Zone) -> [WorkHourRuleDraft]? {
        guard workHours != nil || workDays != nil else { return nil }
        if rules.isEmpty || (workHours != nil && workDays != nil) {
            return [
                WorkHourRuleDraft(
                    weekdays: workDays?.days ?? DefaultWorkHours.weekdays,
                    start: workHours?.start ?? DefaultWorkHours.start,
                    end: workHours?.end ?? DefaultWorkHours.end, zone: zone)
            ]
        }
        return rules.map { rule in
            var draft = WorkHourRuleDraft(rule)
            if let workDays { draft.weekdays = workDays.days }
            if let workHours {
                draft.start = workHours.start
                draft.end = workHours.end
                draft.zoneIdentifier = zone.identifier
            }
            return draft
        }
    }

    /// Applies the settings to `model` and returns what they set, one line each, as the
    /// main command echoes it: the work-hour rules (when changed), then `streak 5/5,…`.
    ///
    /// - Throws: `OuroError` (exit 64) for an unusable streak; the model's refusal of the
    ///   rules (``NexusError/sessionTooLong(start:end:)``).
    @discardableResult
    func apply(
        to model: inout Nexus, zone: Zone, at now: Double, observer: @escaping NexusObserver
    ) throws -> [String] {
        var lines: [String] = []
        if let drafts = drafts(from: model.workHourRules, zone: zone) {
            let rules = try model.replaceWorkHourRules(with: drafts, at: now, observer: observer)
            lines += rules.map(\.text)
        }
        if let streak {
            let pairs = streak.steps.map {
                (Double($0.pomodoroMinutes), Optional(Double($0.breakMinutes)))
            }
            guard let rules = OuroCore.StreakRules(minutes: pairs) else {
                throw OuroError.usage("--streak needs at least one pomodoro/break pair")
            }
            model.setStreakRules(rules, at: now, observer: observer)
            lines.append(
                "streak "
                    + streak.steps.map { "\($0.pomodoroMinutes)/\($0.breakMinutes)" }
                    .joined(separator: ","))
        }
        return lines
    }
}
