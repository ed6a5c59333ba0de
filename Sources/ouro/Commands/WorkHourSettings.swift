import ArgumentParser
import OuroCore
import TimerTree

/// The main command's persisted settings: `--work-hours`, `--work-days`, `--streak`.
struct WorkHourSettings: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Replace the work hours with this daily span (09:00-17:00).", valueName: "range"),
        transform: { try TimeRange(parsing: $0) })
    var workHours: TimeRange?

    @Option(
        help: ArgumentHelp(
            "The days the work hours apply on (mon-fri, mon,wed,fri, weekdays, daily).",
            valueName: "days"),
        transform: { try WorkDays(parsing: $0) })
    var workDays: WorkDays?

    @Option(
        help: ArgumentHelp(
            "The streak's pomodoro/break minutes (5/5,10/5,20/5,30/10).", valueName: "rules"),
        transform: { try StreakArgument(parsing: $0) })
    var streak: StreakArgument?

    /// Whether any setting was given.
    var isEmpty: Bool { workHours == nil && workDays == nil && streak == nil }

    /// Saves the settings given: work hours replace every rule (the days default to
    /// Monday–Friday, the hours to 09:00–17:00); streak rules apply from the next streak.
    func apply(to model: inout Nexus, context: CommandContext, observer: NexusObserver) throws {
        if workHours != nil || workDays != nil {
            model.removeAllWorkHourRules(at: context.now, observer: observer)
            try model.addWorkHourRule(
                weekdays: workDays?.days ?? DefaultWorkHours.weekdays,
                from: workHours?.start ?? DefaultWorkHours.start,
                to: workHours?.end ?? DefaultWorkHours.end, zone: context.zone, at: context.now,
                observer: observer)
        }
        if let streak {
            let pairs = streak.steps.map {
                (Double($0.pomodoroMinutes), Optional(Double($0.breakMinutes)))
            }
            guard let rules = OuroCore.StreakRules(minutes: pairs) else {
                throw OuroError.usage("--streak needs at least one pomodoro/break pair")
            }
            model.setStreakRules(rules, at: context.now, observer: observer)
        }
    }
}
