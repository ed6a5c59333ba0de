import Foundation
import TimerTree

/// One seeded day of `ouro` commands through the binary, for ``DailyUseEndToEndTests``: it
/// runs each command at `OURO_NOW` in the day's `TZ`, then `status --json` and `score --json`,
/// and collects every disagreement with the command log that led to it.
struct DailyUseRun {
    /// The day, its zone and its session's wall times.
    let day: DailyUseEndToEndTests.Day
    /// The store every run shares.
    let home = OuroHome()
    /// The generator deciding every command and time.
    private var rng: SeededGenerator
    /// The time of the last step.
    private(set) var now: Double
    /// Intentions that may still be started.
    private var open: [Int] = []
    /// The intention of the latest pomodoro started.
    private var lastStarted: Int?
    /// The latest `status --json`, parsed.
    private var status: [String: Any] = [:]
    /// What disagreed, one line each.
    private(set) var failures: [String] = []
    /// Every run so far: time, arguments, exit status, output.
    private var lines: [String] = []

    /// Differences below this are rounding.
    static let tolerance = 1e-9

    /// A run that starts half an hour before the day's session.
    init(day: DailyUseEndToEndTests.Day, seed: UInt64) throws {
        self.day = day
        rng = SeededGenerator(seed: seed)
        let zone = try Zone(identifier: day.zone)
        now = zone.instant(of: CivilDateTime(date: day.date, time: day.from)) - 1_800
    }

    /// The command log, one run a line.
    var log: String { lines.joined(separator: "\n") }

    /// Sets the day's hours and creates two intentions before the session, then checks.
    mutating func setUp() throws {
        let hours = day.from.hourAndMinute + "-" + day.to.hourAndMinute
        try run(["hours", "set", "daily", hours])
        for title in ["write", "read"] {
            if let id = Int(
                try run(["intend", title]).stdout.trimmingCharacters(in: .whitespacesAndNewlines))
            {
                open.append(id)
            }
        }
        try check()
    }

    /// One to twenty-five minutes on: a random command (or none), then the checks.
    mutating func step() throws {
        now += Double(Int.random(in: 60...1_500, using: &rng))
        let running =
            status[path: "interval.kind"] as? String == "pomodoro"
            && (status[path: "interval.end"] as? Double ?? 0) > now
        switch Int.random(in: 0..<10, using: &rng) {
        case 0..<4:
            if let id = open.randomElement(using: &rng), try run(["start", String(id)]).status == 0
            {
                lastStarted = id
            }
        case 4..<6:
            let result = ["distracted", "interrupted", "focused"].randomElement(using: &rng)!
            try run(["evaluate", result])
        case 6:
            // Only an ended pomodoro: achieving a running one ends it early, and a user who
            // does that can rightly beat the perfect score.
            if !running, let id = lastStarted, try run(["evaluate", "achieved"]).status == 0 {
                open.removeAll { $0 == id }
            }
        case 7:
            if running, let id = status[path: "interval.intention.id"] as? Int,
                try run(["abandon", String(id)]).status == 0
            {
                open.removeAll { $0 == id }
            }
        default:
            break
        }
        try check()
    }

    /// `status --json` and `score --json` at ``now`` agree.
    private mutating func check() throws {
        status = try object(run(["status", "--json"]))
        let score = try object(run(["score", "--json"]))
        guard let today = status[path: "score.today"] as? Double,
            let scored = score["score"] as? Double, let ideal = score["ideal"] as? Double,
            let perfect = score["perfect"] as? Double
        else {
            failures.append("status or score lacks a number")
            return
        }
        if abs(today - scored) > Self.tolerance {
            failures.append("status says \(today) today, score says \(scored)")
        }
        if ideal > perfect + Self.tolerance {
            failures.append("score's ideal \(ideal) exceeds its perfect \(perfect)")
        }
        guard status[path: "interval.kind"] as? String == "startPrompt",
            let points = status[path: "interval.pointsBeforeLoss"] as? Double,
            abs(points - ideal) > Self.tolerance
        else { return }
        // At the instant a prompt expires, model.md computes the next prompt's points as from
        // one second later (starting exactly then still earns the point lost then).
        if status[path: "interval.start"] as? Double == now, points < ideal {
            let later = try object(run(["score", "--json"], at: now + 1))
            if let next = later["ideal"] as? Double, abs(points - next) <= Self.tolerance {
                return
            }
        }
        failures.append("the start prompt offers \(points) points, score's ideal is \(ideal)")
    }

    /// Runs `ouro arguments…` at `time` (default ``now``) and logs it; an exit status other
    /// than those the CLI spec gives for refusals is a failure.
    @discardableResult
    private mutating func run(
        _ arguments: [String], at time: Double? = nil
    ) throws
        -> OuroProcess.Result
    {
        let time = time ?? now
        let result = try OuroProcess.run(
            arguments,
            environment: ["OURO_HOME": home.path, "OURO_NOW": String(time), "TZ": day.zone])
        let output = (result.status == 0 ? result.stdout : result.stderr)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        lines.append(
            "OURO_NOW=\(Int(time)) ouro \(arguments.joined(separator: " ")) → \(result.status) \(output)"
        )
        if ![0, 10, 11, 12, 65].contains(result.status) {
            failures.append("ouro \(arguments.joined(separator: " ")) exited \(result.status)")
        }
        return result
    }

    /// A run's standard output as a JSON object (empty when it is not one).
    private func object(_ result: OuroProcess.Result) throws -> [String: Any] {
        guard result.status == 0 else { return [:] }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            ?? [:]
    }
}
