import OuroCore
import TimerTree

extension WorkHourRule {
    /// The rule as `hours` lists it: `mon-fri 09:00-17:00 (Europe/Berlin)`.
    var text: String {
        "\(Self.daysText(weekdays)) \(ClockText.wallTime(start))-\(ClockText.wallTime(end)) "
            + "(\(zoneIdentifier))"
    }

    /// Days as the `--work-days` syntax writes them, runs of three or more as ranges.
    static func daysText(_ days: Set<Weekday>) -> String {
        if days.count == 7 { return "daily" }
        let sorted = days.sorted()
        var parts: [String] = []
        var index = 0
        while index < sorted.count {
            var last = index
            while last + 1 < sorted.count, sorted[last + 1].rawValue == sorted[last].rawValue + 1 {
                last += 1
            }
            if last - index >= 2 {
                parts.append(sorted[index].abbreviation + "-" + sorted[last].abbreviation)
            } else {
                parts += sorted[index...last].map(\.abbreviation)
            }
            index = last + 1
        }
        return parts.joined(separator: ",")
    }

    /// The rule as one JSON object.
    func write(to out: inout JSONText) {
        out.beginObject()
        out.field("id", id)
        out.key("days")
        out.beginArray()
        for day in weekdays.sorted() { out.string(day.abbreviation) }
        out.endArray()
        out.field("start", ClockText.wallTime(start))
        out.field("end", ClockText.wallTime(end))
        out.field("zone", zoneIdentifier)
        out.endObject()
    }
}
