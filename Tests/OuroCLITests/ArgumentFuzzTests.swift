import Foundation
import Testing

/// Seeded random argument vectors and environments through the real binary: every run
/// ends with a documented exit code (never a signal or a hang), and a failure says so in
/// exactly one `ouro: ` line.
///
/// Bounded: a fixed number of runs, each killed after 10 s, and no new run after 20 s.
@Suite struct ArgumentFuzzTests {
    /// The exit codes cli.md documents.
    static let documented: Set<Int32> = [0, 10, 11, 12, 64, 65, 74]

    static let commands: [[String]] = [
        ["status"], ["status", "--json"], ["status", "--format"], ["intend"], ["start"],
        ["evaluate"], ["evaluate", "--pomodoro"], ["abandon"], ["estimate"], ["intentions"],
        ["intentions", "--all"], ["intentions", "--json"], ["log"], ["log", "--csv"], ["score"],
        ["hours"], ["hours", "add"], ["hours", "remove"], ["hours", "clear"], ["session", "add"],
        ["session", "add", "--from"], ["session", "add", "--to"], ["sessions"], ["settings"],
        ["hud"], ["hud", "--speed"], ["help"], ["--version"], ["--streak"], ["--work-hours"],
        ["--work-days"], [], ["nonsense"],
    ]

    static let tokens: [String] = [
        "", " ", "x", "Write", "1", "2", "0", "-1", "99", "99999999999999999999", "1e300",
        "nan", "inf", "-inf", "25m", "1h30m", "10001h", "0m", "achieved", "focused",
        "distracted", "interrupted", "today", "yesterday", "mon", "mon-fri", "daily",
        "moonday", "09:00-17:00", "17:00-09:00", "25:00-26:00", "5/5", "25/5,50/10", "0/5",
        "5/5,10/5,20/5,30/10", "2026-12-01", "2026-12-01T11:00:00Z", "2026-13-45",
        "{kind} {left}", "{nope", "#[fg=red]", "--all", "--json", "--csv", "--from", "--to",
        "--pomodoro", "--format", "-h", "--", "日本語", "e\u{301}", "🍅", "a\nb", "\u{1B}]2;x\u{7}",
        "\u{7F}", String(repeating: "long ", count: 200),
    ]

    static let nows: [String] = [
        "2026-12-01T10:00:00Z", "2026-12-01T12:30:00+09:00", "1796119200", "1796122800.5",
        "2026-12-02T09:00:00Z", "2026-11-30T23:59:59Z", "", "yesterday", "2026-12-01",
        "2026-12-01\nT10", "1e300", "-1", "nan", "0x10", "\u{1B}[2J",
    ]

    static let zones: [String] = [
        "UTC", "UTC", "Europe/Berlin", "Asia/Tokyo", ":America/New_York", "", "JST-9",
        "UTC+14", "Nowhere/City", "../../etc/passwd", "a\nb",
    ]

    static func pick<T>(_ values: [T], _ random: inout SeededGenerator) -> T {
        values[Int(random.next() % UInt64(values.count))]
    }

    @Test func randomArgumentsAndEnvironments() throws {
        var random = SeededGenerator(seed: 0x0A_11CE)
        let home = OuroHome()
        let scratch = NSTemporaryDirectory() + "ouro-fuzz-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let dangling = scratch + "/dangling"
        try FileManager.default.createSymbolicLink(
            atPath: dangling, withDestinationPath: scratch + "/nowhere/else")
        let loop = scratch + "/loop"
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
        let file = scratch + "/file"
        #expect(
            FileManager.default.createFile(atPath: file, contents: Data("not a directory".utf8)))
        let homes = [
            home.path, home.path, home.path, home.path, dangling, loop, file, file + "/below",
            scratch + "/fresh/nested",
        ]
        let started = Date()
        var runs = 0
        var statuses: [Int32: Int] = [:]
        while runs < 300, Date().timeIntervalSince(started) < 20 {
            runs += 1
            var arguments = Self.pick(Self.commands, &random)
            for _ in 0..<(random.next() % 4) { arguments.append(Self.pick(Self.tokens, &random)) }
            let environment = [
                "OURO_HOME": Self.pick(homes, &random), "OURO_NOW": Self.pick(Self.nows, &random),
                "TZ": Self.pick(Self.zones, &random),
            ]
            let result = try OuroProcess.run(
                arguments, environment: environment,
                launcher: ["/usr/bin/timeout", "-s", "KILL", "10"])
            statuses[result.status, default: 0] += 1
            let context = "\(arguments) \(environment): \(result.status) \(result.stderr)"
            #expect(Self.documented.contains(result.status), "\(context)")
            let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
            if result.status != 0 {
                #expect(lines.count == 2 && lines[1].isEmpty, "\(context)")
                #expect(result.stderr.hasPrefix("ouro: "), "\(context)")
            }
        }
        // The fuzzer reached both outcomes: commands that ran and refusals.
        #expect(runs >= 50)
        #expect(statuses[0, default: 0] > 0 && statuses[64, default: 0] > 0, "\(statuses)")
    }
}
