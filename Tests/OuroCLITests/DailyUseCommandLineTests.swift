import Foundation
import Testing

/// The command line as a user lives it (issue #10, items 17–21): `--since` through today
/// for `log`, `score` and `watch`, whole-second hook times, readable listings, ASCII
/// punctuation outside UTF-8, `ouro settings`, and the example hook's journal.
@Suite(.serialized) struct DailyUseCommandLineTests {
    /// Monday 2026-11-30 09:00 UTC, when the default work hours begin.
    static let monday9 = 1_796_029_200.0
    /// Tuesday 2026-12-01 10:00 UTC.
    static let tuesday10 = 1_796_119_200.0

    /// A fresh store (default work hours) with a pomodoro on "Write" at Monday 09:00.
    static func mondayPomodoro() throws -> OuroHome {
        let home = OuroHome()
        let started = try home.run(["start", "Write"], at: monday9)
        precondition(started.status == 0, started.stderr)
        return home
    }

    /// The lines of `text`.
    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init)
    }

    /// Runs `ouro arguments…` with its standard output on a pseudo-terminal (`script`),
    /// returning what it printed with the terminal's `\r\n` turned back into `\n`.
    static func onTerminal(
        _ arguments: [String], home: OuroHome, at now: Double
    ) throws
        -> String
    {
        let quoted = ([OuroProcess.binary.path] + arguments)
            .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
            .joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", quoted, "/dev/null"]
        process.environment = [
            "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TZ": "UTC", "OURO_HOME": home.path,
            "OURO_NOW": String(now),
        ]
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    }

    // MARK: 17. --since D means from D through today

    /// `log --since yesterday` listed yesterday alone; now yesterday and today, with kinds
    /// in words and no zero-length start prompt.
    @Test func logSinceYesterdayListsYesterdayAndToday() throws {
        let home = try Self.mondayPomodoro()
        let log = try home.run(["log", "--since", "yesterday"], at: Self.tuesday10)
        #expect(log.status == 0)
        let lines = Self.lines(log.stdout)
        #expect(
            lines.contains {
                $0.hasPrefix("2026-11-30 09:00-09:05 pomodoro ") && $0.hasSuffix(" Write")
            })
        #expect(lines.contains { $0.hasPrefix("2026-11-30 09:05-09:10 break ") })
        #expect(lines.contains { $0.hasPrefix("2026-11-30 09:10-09:13 grace period ") })
        #expect(lines.contains { $0.hasPrefix("2026-12-01 10:00-10:10 start prompt ") })
        // The start prompt the pomodoro answered at once lasted no time.
        #expect(!lines.contains { $0.hasPrefix("2026-11-30 09:00-09:00 ") })
        #expect(!log.stdout.contains("startPrompt") && !log.stdout.contains("gracePeriod"))
        // --until still names the last day; today alone by default.
        let monday = try home.run(
            ["log", "--since", "yesterday", "--until", "yesterday"], at: Self.tuesday10)
        #expect(Self.lines(monday.stdout).allSatisfy { $0.hasPrefix("2026-11-30 ") })
        #expect(!Self.lines(monday.stdout).isEmpty)
        let today = try home.run(["log"], at: Self.tuesday10)
        #expect(Self.lines(today.stdout).allSatisfy { $0.hasPrefix("2026-12-01 ") })
        // JSON and CSV keep the kinds' names and also leave out the zero-length row.
        let json = try home.run(["log", "--since", "yesterday", "--json"], at: Self.tuesday10)
        #expect(json.stdout.contains(#""kind":"gracePeriod""#))
        #expect(!json.stdout.contains(#""start":1796029200.0,"end":1796029200.0"#))
    }

    @Test func logRefusesAFirstDayAfterToday() throws {
        let home = OuroHome()
        let log = try home.run(["log", "--since", "2026-12-05"], at: Self.tuesday10)
        #expect(log.status == 64)
        #expect(
            log.stderr
                == "ouro: --since 2026-12-05 is after --until 2026-12-01 (--until defaults to today)\n"
        )
    }

    /// `score --since yesterday` scores each day through today, one line per day, and each
    /// line is the day's own `score --date`.
    @Test func scoreSinceYesterdayScoresEachDay() throws {
        let home = try Self.mondayPomodoro()
        let score = try home.run(["score", "--since", "yesterday", "--json"], at: Self.tuesday10)
        #expect(score.status == 0)
        let lines = Self.lines(score.stdout)
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix(#"{"date":"2026-11-30","#) == true)
        #expect(lines.last?.hasPrefix(#"{"date":"2026-12-01","#) == true)
        let monday = try home.run(["score", "--date", "2026-11-30", "--json"], at: Self.tuesday10)
        #expect(lines.first.map { $0 + "\n" } == monday.stdout)
        let plain = try home.run(["score", "--since", "yesterday"], at: Self.tuesday10)
        #expect(
            Self.lines(plain.stdout).map { String($0.prefix(12)) } == [
                "2026-11-30: ", "2026-12-01: ",
            ])
        let both = try home.run(
            ["score", "--date", "today", "--since", "yesterday"], at: Self.tuesday10)
        #expect(both.status == 64)
        #expect(both.stderr == "ouro: --date names one day; use it without --since and --until\n")
        let centuries = try home.run(["score", "--since", "1970-01-01"], at: Self.tuesday10)
        #expect(centuries.status == 64)
        #expect(
            centuries.stderr
                == "ouro: that is 20789 days to score; ask for at most 3660 at a time\n")
    }

    /// `watch --since yesterday` was refused; it replays yesterday and today, and a day
    /// works as `--until` too.
    @Test func watchTakesTheSameDays() throws {
        let home = try Self.mondayPomodoro()
        let watched = try home.run(
            ["watch", "--json", "--since", "yesterday", "--until", "1796119200"],
            at: Self.tuesday10)
        #expect(watched.status == 0)
        #expect(watched.stderr == "")
        let times = try Self.lines(watched.stdout).map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return try #require(object?["time"] as? Double)
        }
        #expect(times.first == Self.monday9)
        #expect(times.contains { $0 >= 1_796_083_200 })
        let untilYesterday = try home.run(
            ["watch", "--json", "--since", "yesterday", "--until", "yesterday"],
            at: Self.tuesday10)
        #expect(untilYesterday.status == 0)
        let monday = Self.lines(untilYesterday.stdout)
        #expect(!monday.isEmpty && monday.count < times.count)
        let bad = try home.run(["watch", "--since", "last week"], at: Self.tuesday10)
        #expect(bad.status == 64)
    }

    // MARK: 18. Whole-second hook times

    @Test func hookTimesAreWholeSecondsForShellArithmetic() throws {
        let hooks = try HookHome.withSession()
        let script =
            #"echo "$OURO_EVENT $OURO_START $OURO_END $((OURO_END - OURO_START)) "#
            + #"${OURO_LATE-unset}" >>"$OURO_HOME/log""#
        try hooks.addHook("pomodoro-start", script)
        try hooks.addHook("pomodoro-end", script)
        #expect(try hooks.run(["start", "one"], at: 1_010.25).status == 0)
        #expect(try hooks.run(["status"], at: 2_000.5).status == 0)
        #expect(
            hooks.lines("log") == [
                "pomodoro-start 1010 1310 300 unset", "pomodoro-end 1010 1310 300 690",
            ])
    }

    // MARK: 19. Readable listings

    @Test func oneIntentionPomodoroIsSingular() throws {
        let home = OuroHome()
        #expect(try home.run(["start", "Write"], at: Self.monday9).status == 0)
        let listed = try home.run(["intentions"], at: Self.monday9 + 60)
        #expect(listed.stdout == "1\tWrite (1 pomodoro)\n")
    }

    /// Empty listings say so on a terminal and print nothing into a pipe.
    @Test func emptyListingsSpeakOnlyOnATerminal() throws {
        let home = OuroHome()
        #expect(try home.run(["hours", "clear"], at: 1_000).status == 0)
        for arguments in [["intentions"], ["log"], ["hours"], ["sessions"]] {
            let piped = try home.run(arguments, at: 1_000)
            #expect(piped.status == 0)
            #expect(piped.stdout == "", "\(arguments)")
        }
        #expect(
            try Self.onTerminal(["intentions"], home: home, at: 1_000) == "no open intentions\n")
        #expect(
            try Self.onTerminal(["intentions", "--all"], home: home, at: 1_000) == "no intentions\n"
        )
        #expect(
            try Self.onTerminal(["log"], home: home, at: 1_000) == "no intervals on 1970-01-01\n")
        #expect(try Self.onTerminal(["hours"], home: home, at: 1_000) == "no work hours\n")
        #expect(try Self.onTerminal(["sessions"], home: home, at: 1_000) == "no sessions today\n")
    }

    /// Under `LANG=C` (or `LC_ALL=C`) ouro's own punctuation is ASCII.
    @Test func asciiPunctuationOutsideUTF8() throws {
        let home = try Self.mondayPomodoro()
        for locale in [["LANG": "C"], ["LANG": "C.UTF-8", "LC_ALL": "POSIX"]] {
            var environment = ["OURO_HOME": home.path, "OURO_NOW": String(Self.tuesday10)]
            environment.merge(locale) { _, new in new }
            let status = try OuroProcess.run(["status"], environment: environment)
            let score = try OuroProcess.run(["score"], environment: environment)
            let watch = try OuroProcess.run(
                ["watch", "--since", "today", "--until", "1796119200"], environment: environment)
            let sessions = try OuroProcess.run(["sessions"], environment: environment)
            let output = status.stdout + score.stdout + watch.stdout + sessions.stdout
            #expect(output.utf8.allSatisfy { $0 < 0x80 }, "\(output)")
            #expect(status.stdout.hasPrefix("start prompt 10:00 left - start now for "))
            #expect(score.stdout.hasPrefix("2026-12-01: score 0 - ideal "))
            #expect(watch.stdout.contains("session-start session 09:00-17:00"))
        }
        let utf8 = try home.run(["status"], at: Self.tuesday10)
        #expect(utf8.stdout.hasPrefix("start prompt 10:00 left · start now for "))
    }

    // MARK: 20. ouro settings

    @Test func settingsReadBackTheStreakAndTheRest() throws {
        let hooks = try HookHome()
        #expect(
            try hooks.run(["--streak", "25/5,50/10", "--work-days", "mon,wed"], at: 1_000).status
                == 0)
        let plain = try hooks.run(["settings"], at: 1_000, ["OURO_NOTIFY": "bell,osc"])
        #expect(plain.status == 0)
        #expect(
            plain.stdout == """
                data directory  \(hooks.home.path)
                work hours      mon,wed 09:00-17:00 (UTC)
                streak          25/5,50/10 (pomodoro/break minutes)
                notifications   bell,osc (OURO_NOTIFY)
                hook directory  \(hooks.hooksPath)
                hook timeout    10 s (OURO_HOOK_TIMEOUT)

                """)
        let json = try hooks.run(["settings", "--json"], at: 1_000, ["OURO_HOOK_TIMEOUT": "2.5"])
        #expect(
            json.stdout
                == #"{"dataDirectory":"\#(hooks.home.path)","workHours":[{"id":2,"days":["mon","wed"],"start":"09:00","end":"17:00","zone":"UTC"}],"streak":[{"pomodoro":1500.0,"break":300.0},{"pomodoro":3000.0,"break":600.0}],"notifications":[],"hookDirectory":"\#(hooks.hooksPath)","hookDirectoryExists":true,"hookTimeout":2.5}"#
                + "\n")
    }

    // MARK: 21. The example pomodoro-end hook

    /// The example journal hook writes under `OURO_HOME`, not `~/.local/share/ouro`.
    @Test func theExampleJournalHookHonoursOuroHome() throws {
        let hooks = try HookHome.withSession()
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources/examples/hooks/pomodoro-end")
        try hooks.addHook("pomodoro-end", try String(contentsOf: example, encoding: .utf8))
        let scratchHome = hooks.home.path + "-home"
        defer { try? FileManager.default.removeItem(atPath: scratchHome) }
        try FileManager.default.createDirectory(
            atPath: scratchHome, withIntermediateDirectories: true)
        #expect(try hooks.run(["start", "Write"], at: 1_010, ["HOME": scratchHome]).status == 0)
        let ended = try hooks.run(["status"], at: 1_400, ["HOME": scratchHome])
        #expect(ended.status == 0)
        #expect(ended.stderr == "")
        #expect(hooks.lines("journal.txt") == ["1970-01-01 00:16\t00:21\tWrite"])
        #expect(!FileManager.default.fileExists(atPath: scratchHome + "/.local/share/ouro"))
    }
}
