import ArgumentParser
import OuroCore
import TimerTree

/// The main command's persisted settings: `--work-hours`, `--work-days`, `--streak`.
struct WorkHourSettings: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Set the work hours' daily span (09:00-17:00); the days stay as they are.",
            valueName: "range"),
        transform: { try TimeRange(parsing: $0) })
    var workHours: TimeRange?

    @Option(
        help: ArgumentHelp(
            "Set the days the work hours apply on (mon-fri, mon,wed,fri, weekdays, daily); "
                + "the times stay as they are.",
            valueName: "days"),
        transform: { try WorkDays(parsing: $0) })
    var workDays: WorkDays?

    @Option(
        help: ArgumentHelp(
            "The streak's pomodoro/break minutes (5/5,10/5,20/5,30/10): 1 to 32 pairs, "
                + "each length 1 to 240 minutes.", valueName: "rules"),
        transform: { try StreakArgument(parsing: $0) })
    var streak: StreakArgument?

    /// The settings as plain values.
    var change: SettingsChange {
        SettingsChange(workHours: workHours, workDays: workDays, streak: streak)
    }

    /// Whether any setting was given.
    var isEmpty: Bool { change.isEmpty }
}
