import ArgumentParser
import OuroCore

/// `ouro settings`: everything ouro runs with, read back (read-only).
struct Settings: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Show the settings ouro runs with (read-only).",
        discussion: """
            Shows the work hours and streak rules saved in the store (change them with \
            ouro hours and ouro --work-hours, --work-days, --streak), and what the \
            environment sets: the notification channels (OURO_NOTIFY), the hook directory \
            and hook time limit (XDG_CONFIG_HOME, OURO_HOOK_TIMEOUT) and the data directory \
            (OURO_HOME). Hooks get their times (OURO_START, OURO_END, OURO_LATE) in whole \
            epoch seconds, rounded down as date +%s does. \
            --json prints one object on one line: "dataDirectory" (a path), "workHours" \
            (the rules as ouro hours --json lists them: id, days, start, end, zone), \
            "streak" (the steps in order: {"pomodoro": seconds, "break": seconds or null}), \
            "notifications" (the channels on: "desktop", "bell", "osc"), "hookDirectory" (a \
            path, or null without HOME or XDG_CONFIG_HOME), "hookDirectoryExists" (true or \
            false) and "hookTimeout" (seconds).
            """)

    @Flag(help: "Print one JSON object on one line.")
    var json = false

    func run() throws {
        let context = try CommandContext.current()
        let dataDirectory = try context.environment.dataDirectory()
        let (rules, streak) = try context.update(readMostly: true) { model, _ in
            (model.workHourRules, model.streakRules)
        }
        let notifications = context.hooks.notifications.channels
        let hooks = context.hooks.directory
        let timeout = context.hooks.runner.timeout
        if json {
            var out = JSONText()
            out.beginObject()
            out.field("dataDirectory", dataDirectory)
            out.key("workHours")
            out.beginArray()
            for rule in rules { rule.write(to: &out) }
            out.endArray()
            out.key("streak")
            out.beginArray()
            for pair in Self.pairs(streak) {
                out.beginObject()
                out.field("pomodoro", pair.pomodoro)
                out.field("break", pair.rest)
                out.endObject()
            }
            out.endArray()
            out.key("notifications")
            out.beginArray()
            for channel in notifications { out.string(channel) }
            out.endArray()
            out.field("hookDirectory", hooks?.path)
            out.field("hookDirectoryExists", hooks?.exists ?? false)
            out.field("hookTimeout", timeout)
            out.endObject()
            print(out.text)
            return
        }
        var lines = [("data directory", dataDirectory)]
        let ruleTexts = rules.isEmpty ? ["none"] : rules.map(\.text)
        lines += ruleTexts.enumerated().map { ($0.offset == 0 ? "work hours" : "", $0.element) }
        lines.append(("streak", Self.text(streak) + " (pomodoro/break minutes)"))
        lines.append(
            (
                "notifications",
                (notifications.isEmpty ? "none" : notifications.joined(separator: ","))
                    + " (OURO_NOTIFY)"
            ))
        lines.append(
            (
                "hook directory",
                hooks.map { $0.path + ($0.exists ? "" : " (missing)") }
                    ?? "none (set HOME or XDG_CONFIG_HOME)"
            ))
        lines.append(("hook timeout", ClockText.points(timeout) + " s (OURO_HOOK_TIMEOUT)"))
        let width = lines.map(\.0.count).max() ?? 0
        for (label, value) in lines {
            print(label + String(repeating: " ", count: width - label.count + 2) + value)
        }
    }

    /// The steps as pomodoro/break pairs in seconds; a pomodoro with no break after it
    /// (the streak ends there) has a nil break.
    static func pairs(_ rules: StreakRules) -> [(pomodoro: Double, rest: Double?)] {
        var pairs: [(pomodoro: Double, rest: Double?)] = []
        for step in rules.steps {
            switch step.kind {
            case .pomodoro: pairs.append((step.length, nil))
            case .break:
                if let last = pairs.indices.last, pairs[last].rest == nil {
                    pairs[last].rest = step.length
                } else {
                    pairs.append((0, step.length))
                }
            }
        }
        return pairs
    }

    /// The rules as `--streak` takes them: `5/5,10/5,20/5,30/10`.
    static func text(_ rules: StreakRules) -> String {
        pairs(rules).map { pair in
            minutes(pair.pomodoro) + (pair.rest.map { "/" + minutes($0) } ?? "")
        }.joined(separator: ",")
    }

    /// Seconds as minutes: `25`, or with up to two decimals when not whole (`2.5`).
    private static func minutes(_ seconds: Double) -> String {
        ClockText.points(seconds / 60)
    }
}
