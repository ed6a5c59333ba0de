import ArgumentParser
import OuroCore
import OuroStore

/// `ouro score`: a day's score, ideal and perfect.
struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Show a day's score, its ideal and perfect scores and the points lost.",
        discussion: """
            score: the points earned that day. ideal: for each session that day, the points \
            earned in it plus the most still possible from now (a running pomodoro counted \
            as achieved at its end). perfect: the most each session could have been worth \
            from its start. lost: for each session, perfect minus ideal (never negative). \
            --since D scores each day from D \
            through today (--until names another last day), one line (with --json one \
            object) per day; --date D scores D alone (the default: today).
            """)

    /// The most days one `score` lists: ten years, so a mistyped year fails at once
    /// instead of scoring centuries day by day.
    static let maximumDays = 3_660

    @Flag(help: "Print one JSON object per day, one per line.")
    var json = false

    @Option(
        help: ArgumentHelp(
            "One day alone (YYYY-MM-DD, today, yesterday; default: today).", valueName: "date"),
        transform: { try DateArgument(parsing: $0) })
    var date: DateArgument?

    @OptionGroup var days: DayRangeOptions

    @OptionGroup var whatIf: WhatIfOptions

    func run() throws {
        let context = try CommandContext.current().at(whatIf.at?.seconds)
        let range = try range(in: context)
        let store = try context.openStore()
        let scope = WorkingSetScope(since: range.start, until: range.end)
        let rows = try context.update(scope: scope, readMostly: true, in: store) { model, _ in
            range.days(in: context.zone).map { day in
                let sessions = model.sessions(overlapping: day.start, day.last)
                return (
                    day,
                    model.score(from: day.start, through: day.last),
                    sessions.reduce(0) { $0 + model.idealScore(of: $1) },
                    sessions.reduce(0) { $0 + model.perfectScore(of: $1) },
                    sessions.reduce(0) { $0 + model.pointsLost(of: $1) }
                )
            }
        }
        let separator = Punctuation(context.environment).separator
        for (day, score, ideal, perfect, lost) in rows {
            print(
                json
                    ? Self.json(day, score, ideal, perfect, lost)
                    : Self.line(day, score, ideal, perfect, lost, separator: separator))
        }
    }

    /// The days asked for: `--date` alone, or `--since`/`--until`.
    ///
    /// - Throws: `OuroError` (exit 64) for `--date` with `--since` or `--until`, a first
    ///   day after the last, or more than ``maximumDays`` days.
    private func range(in context: CommandContext) throws(OuroError) -> DayRange {
        if let date {
            guard days.isEmpty else {
                throw OuroError.usage("--date names one day; use it without --since and --until")
            }
            let day = context.day(date)
            return DayRange(first: day, last: day)
        }
        let range = try days.range(in: context)
        guard range.count <= Self.maximumDays else {
            throw OuroError.usage(
                "that is \(range.count) days to score; ask for at most \(Self.maximumDays) at a time"
            )
        }
        return range
    }

    /// One day as one JSON object on one line.
    private static func json(
        _ day: DayWindow, _ score: Double, _ ideal: Double, _ perfect: Double, _ lost: Double
    ) -> String {
        var out = JSONText()
        out.beginObject()
        out.field("date", ClockText.date(day.date))
        out.field("score", score)
        out.field("ideal", ideal)
        out.field("perfect", perfect)
        out.field("lost", lost)
        out.endObject()
        return out.text
    }

    /// One day as one human line, its parts joined by `separator`.
    private static func line(
        _ day: DayWindow, _ score: Double, _ ideal: Double, _ perfect: Double, _ lost: Double,
        separator: String
    ) -> String {
        "\(ClockText.date(day.date)): score \(ClockText.points(score))\(separator)ideal "
            + "\(ClockText.points(ideal))\(separator)perfect \(ClockText.points(perfect))"
            + "\(separator)lost \(ClockText.points(lost))"
    }
}
