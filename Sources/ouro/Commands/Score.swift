import ArgumentParser
import OuroCore
import OuroStore

/// `ouro score`: a day's score, ideal, perfect and the points lost.
struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Show a day's score, its ideal and perfect scores and the points lost.",
        discussion: """
            score: the points earned that day. ideal: for each session that day, the points \
            earned in it plus the most still possible from now (a running pomodoro counted \
            as achieved at its end). perfect: the most each session could have been worth \
            from its start. lost: for each session, perfect minus ideal (never negative).
            """)

    @Flag(help: "Print one JSON object on one line.")
    var json = false

    @Option(
        help: ArgumentHelp("The day (YYYY-MM-DD, today, yesterday).", valueName: "date"),
        transform: { try DateArgument(parsing: $0) })
    var date: DateArgument = .today

    func run() throws {
        let context = try CommandContext.current()
        let day = context.day(date)
        let store = try context.openStore()
        let scope = WorkingSetScope(since: day.start, until: day.last)
        let (score, ideal, perfect, lost) = try context.update(scope: scope, in: store) {
            model, _ in
            let sessions = model.sessions(overlapping: day.start, day.last)
            return (
                model.score(from: day.start, through: day.last),
                sessions.reduce(0) { $0 + model.idealScore(of: $1) },
                sessions.reduce(0) { $0 + model.perfectScore(of: $1) },
                sessions.reduce(0) { $0 + model.pointsLost(of: $1) }
            )
        }
        if json {
            var out = JSONText()
            out.beginObject()
            out.field("date", ClockText.date(day.date))
            out.field("score", score)
            out.field("ideal", ideal)
            out.field("perfect", perfect)
            out.field("lost", lost)
            out.endObject()
            print(out.text)
        } else {
            print(
                "\(ClockText.date(day.date)): score \(ClockText.points(score)) · ideal "
                    + "\(ClockText.points(ideal)) · perfect \(ClockText.points(perfect)) · lost "
                    + "\(ClockText.points(lost))")
        }
    }
}
