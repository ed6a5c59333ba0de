import TimerTree

extension StatusReport {
    /// The spec's one-line JSON object (`ouro status --json`).
    var json: String {
        var out = JSONText()
        out.beginObject()
        out.key("now")
        out.number(now)
        out.key("interval")
        out.beginObject()
        out.key("kind")
        out.string(kind)
        out.key("start")
        out.number(start)
        out.key("end")
        out.number(end)
        out.key("progress")
        out.number(progress)
        out.key("remaining")
        out.number(remaining)
        out.key("intention")
        Self.write(intention, to: &out)
        out.key("indexInStreak")
        out.integer(indexInStreak)
        out.key("pointsBeforeLoss")
        out.number(pointsBeforeLoss)
        out.key("pointsAfterLoss")
        out.number(pointsAfterLoss)
        out.endObject()
        out.key("session")
        if let session {
            out.beginObject()
            out.key("start")
            out.number(session.start)
            out.key("end")
            out.number(session.end)
            out.key("automatic")
            out.bool(session.isAutomatic)
            out.endObject()
        } else {
            out.null()
        }
        out.key("awaitingReview")
        if let awaitingReview {
            out.beginObject()
            out.key("pomodoro")
            out.integer(awaitingReview.pomodoro)
            out.key("intention")
            Self.write(awaitingReview.intention, to: &out)
            out.endObject()
        } else {
            out.null()
        }
        out.key("score")
        out.beginObject()
        out.key("session")
        out.number(sessionScore)
        out.key("today")
        out.number(todayScore)
        out.endObject()
        out.endObject()
        return out.text
    }

    private static func write(_ intention: IntentionRef?, to out: inout JSONText) {
        guard let intention else { return out.null() }
        out.beginObject()
        out.key("id")
        out.integer(intention.id)
        out.key("title")
        out.string(intention.title)
        out.endObject()
    }

    /// The kind as people read it: `pomodoro`, `break`, `grace period`, `start prompt`, `idle`.
    var label: String {
        switch kind {
        case "gracePeriod": "grace period"
        case "startPrompt": "start prompt"
        default: kind
        }
    }

    /// Plain `ouro status`: one short human line.
    func line(zone: Zone) -> String {
        var parts: [String] = []
        switch kind {
        case "idle":
            parts.append(
                end.map { "idle · next session at " + ClockText.wallTime($0, in: zone) }
                    ?? "idle")
        default:
            parts.append(label + " " + ClockText.countdown(remaining ?? 0) + " left")
        }
        if let intention { parts.append(intention.title) }
        if let pointsBeforeLoss, let pointsAfterLoss {
            parts.append(
                "start now for \(ClockText.points(pointsBeforeLoss)) points, "
                    + "\(ClockText.points(pointsAfterLoss)) after "
                    + ClockText.wallTime(end ?? now, in: zone))
        }
        if kind == "gracePeriod" { parts.append("start to continue the streak") }
        if let awaitingReview {
            parts.append("evaluate pomodoro \(awaitingReview.pomodoro)")
        }
        return parts.joined(separator: " · ")
    }
}
