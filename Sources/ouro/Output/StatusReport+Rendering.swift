import TimerTree

extension StatusReport {
    /// The spec's one-line JSON object (`ouro status --json`).
    var json: String {
        var out = JSONText()
        out.beginObject()
        out.field("now", now)
        out.key("interval")
        out.beginObject()
        out.field("kind", kind)
        out.field("start", start)
        out.field("end", end)
        out.field("progress", progress)
        out.field("remaining", remaining)
        out.key("intention")
        out.intention(id: intention?.id, title: intention?.title)
        out.field("indexInStreak", indexInStreak)
        out.field("pointsBeforeLoss", pointsBeforeLoss)
        out.field("pointsAfterLoss", pointsAfterLoss)
        out.endObject()
        out.key("session")
        if let session {
            out.beginObject()
            out.sessionFields(session)
            out.endObject()
        } else {
            out.null()
        }
        out.key("awaitingReview")
        if let awaitingReview {
            out.beginObject()
            out.field("pomodoro", awaitingReview.pomodoro)
            out.key("intention")
            out.intention(
                id: awaitingReview.intention?.id, title: awaitingReview.intention?.title)
            out.endObject()
        } else {
            out.null()
        }
        out.key("score")
        out.beginObject()
        out.field("session", sessionScore)
        out.field("today", todayScore)
        out.endObject()
        out.endObject()
        return out.text
    }

    /// The kind as people read it: `pomodoro`, `break`, `grace period`, `start prompt`, `idle`.
    var label: String {
        switch kind {
        case "gracePeriod": "grace period"
        case "startPrompt": "start prompt"
        default: kind
        }
    }

    /// Plain `ouro status`: one short human line, its parts joined by `punctuation`.
    func line(zone: Zone, punctuation: Punctuation) -> String {
        let separator = punctuation.separator
        var parts: [String] = []
        switch kind {
        case "idle":
            // Idle inside a session: its points are out of reach (or, for the instant a
            // start prompt expires, the next prompt comes with the next advance).
            if let session {
                parts.append(
                    "idle" + separator + "session until "
                        + ClockText.wallTime(session.end, in: zone))
            } else if let end {
                parts.append(
                    "idle" + separator + "next session "
                        + ClockText.upcoming(end, from: now, in: zone))
            } else {
                parts.append("idle")
            }
        default:
            parts.append(label + " " + ClockText.countdown(remaining ?? 0) + " left")
        }
        if let intention { parts.append(DisplayText.escaped(intention.title)) }
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
        return parts.joined(separator: separator)
    }
}
