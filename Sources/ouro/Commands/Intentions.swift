import ArgumentParser
import OuroCore

/// `ouro intentions`: lists intentions.
struct Intentions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intentions",
        abstract: "List open intentions (--all: completed and abandoned too).")

    @Flag(help: "Include completed and abandoned intentions.")
    var all = false

    @Flag(help: "Print one JSON array on one line.")
    var json = false

    func run() throws {
        let context = try CommandContext.current()
        let store = try context.openStore()
        // Read-only: writes only when time moving on created a record.
        try context.update(readMostly: true, in: store) { _, _ in }
        let intentions = try store.intentions(includingClosed: all)
        if json {
            print(Self.json(intentions))
        } else if intentions.isEmpty {
            EmptyListing.report(all ? "no intentions" : "no open intentions")
        } else {
            for intention in intentions { print(Self.line(intention)) }
        }
    }

    /// The intention's state in one word.
    static func state(_ intention: IntentionRecord) -> String {
        if intention.isCompleted { return "completed" }
        return intention.isAbandoned ? "abandoned" : "open"
    }

    static func line(_ intention: IntentionRecord) -> String {
        let count = intention.pomodoroIDs.count
        var details = ["\(count) " + (count == 1 ? "pomodoro" : "pomodoros")]
        if let estimate = intention.estimates.last {
            details.append("estimate " + ClockText.duration(estimate.duration))
        }
        if intention.isCompleted || intention.isAbandoned { details.append(state(intention)) }
        return "\(intention.id)\t\(DisplayText.escaped(intention.title)) ("
            + details.joined(separator: ", ") + ")"
    }

    static func json(_ intentions: [IntentionRecord]) -> String {
        var out = JSONText()
        out.beginArray()
        for intention in intentions {
            out.beginObject()
            out.field("id", intention.id)
            out.field("title", intention.title)
            out.field("description", intention.description)
            out.field("state", state(intention))
            out.field("created", intention.created)
            out.field("modified", intention.modified)
            out.key("pomodoros")
            out.beginArray()
            for id in intention.pomodoroIDs { out.integer(id) }
            out.endArray()
            out.field("estimate", intention.estimates.last?.duration)
            out.field("worked", intention.workedSeconds)
            out.endObject()
        }
        out.endArray()
        return out.text
    }
}
