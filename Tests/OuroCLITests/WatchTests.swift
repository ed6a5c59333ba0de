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
