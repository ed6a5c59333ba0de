import ArgumentParser
import OuroCore
import TimerTree

/// `ouro log`: past intervals.
struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "List the intervals of a range of days (default: today).",
        discussion: """
            --since D lists the days from D through today (--since yesterday: yesterday and \
            today); --until names another last day. Intervals that lasted no time (a start \
            prompt answered at once) are left out; pomodoros always stay. On a terminal an \
            empty listing says so; piped, it prints nothing.
            """)

    @OptionGroup var days: DayRangeOptions

    @Flag(help: "Print one JSON array on one line.")
    var json = false

    @Flag(help: "Print CSV with a header line (times in ISO 8601 with their offset).")
    var csv = false

    func run() throws {
        guard !(json && csv) else { throw OuroError.usage("choose one of --json and --csv") }
        let context = try CommandContext.current()
        let range = try days.range(in: context)
        let store = try context.openStore()
        // Read-only: writes only when time moving on created a record.
        try context.update(readMostly: true, in: store) { _, _ in }
        let intervals = try store.intervals(from: range.start, through: range.end)
            .filter(Self.isListed)
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
                print(fields.map(DisplayText.csvCell).joined(separator: ","))
            }
        } else if intervals.isEmpty {
            EmptyListing.report(Self.emptyNote(range))
        } else {
            for interval in intervals {
                print(Self.line(interval, titles: titles, zone: context.zone))
            }
        }
    }

    /// Whether a recorded interval is listed: not when it lasted no time (a start prompt
    /// answered the instant it began), unless it is a pomodoro, which can still be evaluated.
    static func isListed(_ interval: IntervalRecord) -> Bool {
        interval.end > interval.start || interval.kind == .pomodoro
    }

    /// What a terminal shows when the days hold no intervals.
    static func emptyNote(_ range: DayRange) -> String {
        let first = ClockText.date(range.first.date)
        guard range.count > 1 else { return "no intervals on \(first)" }
        return "no intervals from \(first) through \(ClockText.date(range.last.date))"
    }

    static func line(_ interval: IntervalRecord, titles: [Int: String], zone: Zone) -> String {
        let day = ClockText.date(zone.civil(at: interval.start).date)
        var text =
            "\(day) \(ClockText.wallTime(interval.start, in: zone))-"
            + "\(ClockText.wallTime(interval.end, in: zone)) \(interval.kind.label) "
            + "\(interval.kind == .pomodoro ? interval.number ?? interval.id : interval.id)"
        if let id = interval.intentionID {
            text += " " + (titles[id].map(DisplayText.escaped) ?? "#\(id)")
        }
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
}
