import OuroStore
import TimerTree

extension OutboxEvent {
    /// `ouro watch --json`: one object on one line.
    var json: String {
        var out = JSONText()
        out.beginObject()
        out.field("id", Int(id))
        out.field("event", name)
        out.field("time", time)
        out.field("kind", kind)
        out.field("start", start)
        out.field("end", end)
        out.key("intention")
        out.intention(id: intentionID, title: intentionTitle)
        out.field("pointsBeforeLoss", pointsBeforeLoss)
        out.field("pointsAfterLoss", pointsAfterLoss)
        out.endObject()
        return out.text
    }

    /// Plain `ouro watch`: `09:25 pomodoro-end pomodoro 'Write report' 09:00–09:25` (the
    /// range's dash from `punctuation`).
    func line(zone: Zone, punctuation: Punctuation) -> String {
        var parts = [ClockText.wallTime(time, in: zone), name, kind]
        if let intentionTitle { parts.append("'\(DisplayText.escaped(intentionTitle))'") }
        parts.append(
            ClockText.wallTime(start, in: zone) + punctuation.rangeDash
                + ClockText.wallTime(end, in: zone))
        return parts.joined(separator: " ")
    }
}
