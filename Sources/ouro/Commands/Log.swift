import ArgumentParser
import OuroCore
import TimerTree

/// `ouro log`: past intervals.
struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "List the intervals of a range of days (default: today).")

    @Option(
        help: ArgumentHelp("The first day (YYYY-MM-DD, today, yesterday).", valueName: "date"),
        transform: { try DateArgument(parsing: $0) })
    var since: DateArgument = .today

    @Option(
        help: ArgumentHelp("The last day (default: the first).", valueName: "date"),
        transform: { try DateArgument(parsing: $0) })
    var until: DateArgument?

    @Flag(help: "Print one JSON array on one line.")
    var json = false

    @Flag(help: "Print CSV with a header line (times in ISO 8601 with their offset).")
    var csv = false

    func run() throws {
        guard !(json && csv) else { throw OuroError.usage("choose one of --json and --csv") }
        let context = try CommandContext.current()
        let first = context.day(since)
        let last = context.day(until ?? since)
        guard first.start <= last.start else {
            throw OuroError.usage(
                "--since \(ClockText.date(first.date)) is after --until \(ClockText.date(last.date))"
            )
        }
        let store = try context.openStore()
        try context.update(in: store) { _, _ in }
        let intervals = try store.intervals(from: first.start, through: last.last)
        let titles = Dictionary(
            uniqueKeysWithValues: try store.intentions(ids: intervals.compactMap(\.intentionID))
                .map { ($0.id, $0.title) })
        if json {
            print(Self.json(intervals, titles: titles))
        } else if csv {
            print("id,kind,start,end,intention,title,evaluation,pomodoro")
            for interval in intervals {
                let fields = [
                    String(interval.id), interval.kind.rawValue,
                    ClockText.iso8601(interval.start, in: context.zone),
                    ClockText.iso8601(interval.end, in: context.zone),
                    interval.intentionID.map(String.init) ?? "",
                    interval.intentionID.flatMap { titles[$0] } ?? "",
                    interval.evaluation?.result.rawValue ?? "",
                    interval.number.map(String.init) ?? "",
                ]
                print(fields.map(Self.csvField).joined(separator: ","))
            }
        } else {
            for interval in intervals {
                print(Self.line(interval, titles: titles, zone: context.zone))
            }
        }
    }

    static func line(_ interval: IntervalRecord, titles: [Int: String], zone: Zone) -> String {
        let day = ClockText.date(zone.civil(at: interval.start).date)
        var text =
            "\(day) \(ClockText.wallTime(interval.start, in: zone))-"
            + "\(ClockText.wallTime(interval.end, in: zone)) \(interval.kind.rawValue) "
            + "\(interval.kind == .pomodoro ? interval.number ?? interval.id : interval.id)"
        if let id = interval.intentionID { text += " " + (titles[id] ?? "#\(id)") }
        if let evaluation = interval.evaluation { text += " (\(evaluation.result.rawValue))" }
        return text
    }

    static func json(_ intervals: [IntervalRecord], titles: [Int: String]) -> String {
        var out = JSONText()
        out.beginArray()
        for interval in intervals {
            out.beginObject()
            out.field("id", interval.id)
            out.field("kind", interval.kind.rawValue)
            out.field("start", interval.start)
            out.field("end", interval.end)
            out.key("intention")
            out.intention(
                id: interval.intentionID, title: interval.intentionID.flatMap { titles[$0] })
            out.field("pomodoro", interval.kind == .pomodoro ? interval.number : nil)
            out.field("indexInStreak", interval.kind == .pomodoro ? interval.indexInStreak : nil)
            out.field("evaluation", interval.evaluation?.result.rawValue)
            out.endObject()
        }
        out.endArray()
        return out.text
    }

    /// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
    ///
    /// Quotes are doubled by hand: `replacing(_:with:)` lives in `_StringProcessing`, and this
    /// one call linked it and the regex parser (1.3 MB) into the binary.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        var quoted = "\""
        for character in text {
            quoted.append(character)
            if character == "\"" { quoted.append("\"") }
        }
        return quoted + "\""
    }
}
