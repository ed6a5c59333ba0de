import ArgumentParser
import OuroStore

/// `ouro sessions`: today's sessions with their points.
struct Sessions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "List today's sessions with the points earned and possible.")

    @Flag(help: "Print one JSON array on one line.")
    var json = false

    @OptionGroup var whatIf: WhatIfOptions

    func run() throws {
        let context = try CommandContext.current().at(whatIf.at?.seconds)
        let today = context.today
        let rows = try context.update(
            scope: WorkingSetScope(since: today.start), readMostly: true
        ) { model, _ in
            model.sessions(overlapping: today.start, today.last).map { session in
                (
                    session,
                    model.score(from: session.start, through: session.end),
                    model.perfectScore(of: session)
                )
            }
        }
        if json {
            var out = JSONText()
            out.beginArray()
            for (session, score, perfect) in rows {
                out.beginObject()
                out.field("id", session.id)
                out.sessionFields(session)
                out.field("score", score)
                out.field("perfect", perfect)
                out.endObject()
            }
            out.endArray()
            print(out.text)
        } else {
            if rows.isEmpty { EmptyListing.report("no sessions today") }
            for (session, score, perfect) in rows {
                print(
                    "\(session.id)\t\(ClockText.wallTime(session.start, in: context.zone))-"
                        + "\(ClockText.wallTime(session.end, in: context.zone))"
                        + (session.isAutomatic ? "" : " (one-off)")
                        + Punctuation(context.environment).separator
                        + "\(ClockText.points(score)) of \(ClockText.points(perfect)) points")
            }
        }
    }
}
