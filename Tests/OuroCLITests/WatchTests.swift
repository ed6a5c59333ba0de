import Foundation
import Testing

/// `ouro watch`: replays and follows the recorded events, in order.
@Suite struct WatchTests {
    /// A scripted `OURO_NOW` sequence's events, replayed with `--since` and stopped by
    /// `--until`, in the order they happened.
    @Test func watchJSONEmitsAScriptedSequenceInOrder() throws {
        let hooks = try HookHome.withSession()
        #expect(try hooks.run(["start", "one"], at: 1_010).status == 0)
        #expect(try hooks.run(["status"], at: 1_700).status == 0)
        let watched = try hooks.run(
            ["watch", "--json", "--since", "1000", "--until", "1700"], at: 1_700)
        #expect(watched.status == 0)
        #expect(watched.stderr == "")
        let objects = try watched.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let summary = objects.map {
            "\($0["event"] ?? "") \($0["kind"] ?? "") \(Int($0["time"] as? Double ?? 0))"
        }
        #expect(
            summary == [
                "session-start session 1000", "interval-start startPrompt 1010",
                "start-prompt startPrompt 1010", "interval-end startPrompt 1010",
                "interval-start pomodoro 1010", "pomodoro-start pomodoro 1010",
                "interval-end pomodoro 1310", "pomodoro-end pomodoro 1310",
                "interval-start break 1310", "break-start break 1310",
                "interval-end break 1610", "break-end break 1610",
                "interval-start gracePeriod 1610",
            ])
        let pomodoro = objects[4]
        #expect(pomodoro[path: "intention.title"] as? String == "one")
        #expect(pomodoro[path: "intention.id"] as? Int == 1)
        #expect(pomodoro["end"] as? Double == 1_310)
    }

    /// `--since` filters by the time events happened; `--until` drops later ones; watch
    /// itself advances the model to now, so events due by then appear without another run.
    @Test func watchAdvancesTheModelAndFilters() throws {
        let hooks = try HookHome.withSession()
        #expect(try hooks.run(["start", "one"], at: 1_010).status == 0)
        let watched = try hooks.run(["watch", "--since", "1300", "--until", "1400"], at: 1_400)
        #expect(watched.status == 0)
        #expect(
            watched.stdout == """
                00:21 interval-end pomodoro 'one' 00:16–00:21
                00:21 pomodoro-end pomodoro 'one' 00:16–00:21
                00:21 interval-start break 00:21–00:26
                00:21 break-start break 00:21–00:26

                """)
    }
}

/// `ouro watch` following another process's commits.
@Suite struct WatchFollowTests {
    /// Without `--since`, watch prints what is recorded after it starts: its own first run
    /// (the session's start and its prompt at 1010), then another process's `start`, seen through the WAL.
    @Test func watchFollowsAnotherProcessesCommit() throws {
        let hooks = try HookHome.withSession()
        let process = Process()
        process.executableURL = OuroProcess.binary
        process.arguments = ["watch", "--json"]
        process.environment = hooks.environment(at: 1_010).merging([
            "PATH": "/usr/bin:/bin", "TZ": "UTC",
        ]) { _, new in new }
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let pid = process.processIdentifier
        // A safety net, not a timing check: a watcher that never prints must fail the test
        // rather than hang it.
        DispatchQueue.global().asyncAfter(deadline: .now() + 60) { kill(pid, SIGKILL) }
        defer {
            kill(pid, SIGKILL)
            process.waitUntilExit()
        }
        var text = ""
        func readLines(_ count: Int) {
            while text.split(separator: "\n").count < count {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { return }
                text += String(decoding: chunk, as: UTF8.self)
            }
        }
        readLines(3)
        #expect(try hooks.run(["start", "two"], at: 1_010).status == 0)
        readLines(6)
        let events = try text.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }.map { $0["event"] as? String ?? "" }
        #expect(
            events == [
                "session-start", "interval-start", "start-prompt", "interval-end",
                "interval-start", "pomodoro-start",
            ])
    }

    /// Four watchers following the store (and a `pomodoro-end` hook) all wake when a
    /// pomodoro ends and race to record its end: the busy database is waited for, so every
    /// watcher lives on, and the hook runs exactly once.
    @Test func watchersRacingAtAPomodorosEndAllSurvive() throws {
        let hooks = try HookHome()
        try hooks.addHook("pomodoro-end", "echo \"$OURO_EVENT\" >> \"\(hooks.file("ran"))\"")
        // A one-minute pomodoro started 58.5 s ago ends 1.5 s from now, in real time.
        let started = Date().timeIntervalSince1970 - 58.5
        let start = try hooks.run(["--streak", "1/1", "start", "x"], at: started)
        try #require(start.status == 0, "\(start.stderr)")
        var environment = hooks.environment(at: 0).merging([
            "PATH": "/usr/bin:/bin", "TZ": "UTC", "LANG": "C.UTF-8",
        ]) { _, new in new }
        environment["OURO_NOW"] = nil
        let watchers = try (0..<4).map { _ in
            let process = Process()
            process.executableURL = OuroProcess.binary
            process.arguments = ["watch"]
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = Pipe()
            try process.run()
            return process
        }
        defer {
            for watcher in watchers where watcher.isRunning {
                kill(watcher.processIdentifier, SIGKILL)
            }
            for watcher in watchers { watcher.waitUntilExit() }
        }
        Thread.sleep(forTimeInterval: max(0, started + 60 - Date().timeIntervalSince1970) + 2.5)
        for watcher in watchers {
            let alive = watcher.isRunning
            if alive { kill(watcher.processIdentifier, SIGTERM) }
            watcher.waitUntilExit()
            let stderr = (watcher.standardError as? Pipe).map {
                String(decoding: $0.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            }
            #expect(alive, "a watcher died: \(stderr ?? "")")
            #expect(stderr == "")
        }
        #expect(hooks.lines("ran") == ["pomodoro-end"])
    }
}
