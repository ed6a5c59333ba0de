import ArgumentParser

/// `--since` and `--until` as `log` and `score` take them: `--since D` means from D through
/// today, `--until` names another last day, and neither means today alone.
struct DayRangeOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The first day (YYYY-MM-DD, today, yesterday; default: today).", valueName: "date"),
        transform: { try DateArgument(parsing: $0) })
    var since: DateArgument?

    @Option(
        help: ArgumentHelp(
            "The last day (YYYY-MM-DD, today, yesterday; default: today).", valueName: "date"),
        transform: { try DateArgument(parsing: $0) })
    var until: DateArgument?

    /// Whether neither option was given.
    var isEmpty: Bool { since == nil && until == nil }

    /// The days meant, with today from `context`.
    ///
    /// - Throws: `OuroError` (exit 64) when the first day is after the last.
    func range(in context: CommandContext) throws(OuroError) -> DayRange {
        let first = context.day(since ?? .today)
        let last = context.day(until ?? .today)
        let from = ClockText.date(first.date)
        let through = ClockText.date(last.date)
        guard first.date <= last.date else {
            let hint = until == nil ? " (--until defaults to today)" : ""
            throw OuroError.usage("--since \(from) is after --until \(through)\(hint)")
        }
        return DayRange(first: first, last: last)
    }
}
