import Foundation
import Testing

/// `ouro status` through the binary, stepping `OURO_NOW` through the model spec's examples.
@Suite struct StatusEndToEndTests {
    /// The model spec's example, printed exactly as cli.md's example object.
    @Test func theStartPromptExampleMatchesTheSpecObject() throws {
        let home = try OuroHome.withSession(from: 1_000, to: 2_000)
        let result = try home.run(["status", "--json"], at: 1_100)
        #expect(result.status == 0)
        #expect(
            result.stdout
                == #"{"now":1100.0,"interval":{"kind":"startPrompt","start":1100.0,"end":1400.0,"#
                + #""progress":0.0,"remaining":300.0,"intention":null,"indexInStreak":null,"#
                + #""pointsBeforeLoss":21.25,"pointsAfterLoss":15.25},"#
                + #""session":{"start":1000.0,"end":2000.0,"automatic":false},"#
                + #""awaitingReview":null,"score":{"session":0.0,"today":0.0}}"# + "\n")
    }

    /// Every field the spec lists, at every level, and nothing renamed.
    @Test func theJSONHasTheSpecsFields() throws {
        let home = try OuroHome.withSession(from: 1_000, to: 2_000)
        let status = try home.status(at: 1_100)
        #expect(
            Set(status.keys) == ["now", "interval", "session", "awaitingReview", "score"])
        let interval = try #require(status["interval"] as? [String: Any])
        #expect(
            Set(interval.keys) == [
                "kind", "start", "end", "progress", "remaining", "intention", "indexInStreak",
                "pointsBeforeLoss", "pointsAfterLoss",
            ])
        #expect(
            Set((status["session"] as? [String: Any])?.keys ?? [:].keys) == [
                "start", "end", "automatic",
            ])
        #expect(Set((status["score"] as? [String: Any])?.keys ?? [:].keys) == ["session", "today"])
    }

    @Test func templatesAndThePlainLine() throws {
        let home = try OuroHome.withSession(from: 1_000, to: 2_000)
        let template = try home.run(
            ["status", "--format", "{kind} {remaining} {points}/{after} {{x}}"], at: 1_100)
        #expect(template.stdout == "startPrompt 5:00 21.25/15.25 {x}\n")
        let plain = try home.run(["status"], at: 1_160)
        #expect(
            plain.stdout
                == "start prompt 4:00 left · start now for 21.25 points, 15.25 after 00:23\n")
        try home.run(["start", "Write report"], at: 1_200)
        let pomodoro = try home.run(["status"], at: 1_260)
        #expect(pomodoro.stdout == "pomodoro 4:00 left · Write report\n")
        let bad = try home.run(["status", "--format", "{kind} {nope}"], at: 1_300)
        #expect(bad.status == 64)
        #expect(
            bad.stderr.hasPrefix(
                "ouro: --format '{kind} {nope}' is not valid: {nope} is not a placeholder"))
    }

    /// A whole streak with the standard rules 5/5, 10/5, 20/5, 30/10 (minutes): pomodoros,
    /// breaks, grace periods continued (backdated), then the streak's end.
    @Test func aFullStreak() throws {
        let home = try OuroHome.withSession(from: 1_000, to: 20_000)
        let started = try home.run(["start", "Streak"], at: 1_100)
        #expect(started.status == 0)
        let pomodoro = Int(started.stdout.split(separator: " ")[1])
        var status = try home.status(at: 1_200)
        #expect(status[path: "interval.kind"] as? String == "pomodoro")
        #expect(status[path: "interval.indexInStreak"] as? Int == 0)
        #expect(status[path: "interval.end"] as? Double == 1_400)
        #expect(status[path: "interval.intention.title"] as? String == "Streak")
        // 1400–1700 break: starting now is refused with 10, and nothing changes.
        #expect(try home.run(["start", "1"], at: 1_500).status == 10)
        status = try home.status(at: 1_500)
        #expect(status[path: "interval.kind"] as? String == "break")
        #expect(status[path: "awaitingReview.pomodoro"] as? Int == pomodoro)
        // Grace 1700–1900 (a third of 10 minutes); continuing backdates to 1700.
        status = try home.status(at: 1_750)
        #expect(status[path: "interval.kind"] as? String == "gracePeriod")
        #expect(status[path: "interval.end"] as? Double == 1_900)
        #expect(try home.run(["start", "1"], at: 1_750).status == 0)
        #expect(try home.run(["start", "1"], at: 1_800).status == 11)
        status = try home.status(at: 1_800)
        #expect(status[path: "interval.start"] as? Double == 1_700)
        #expect(status[path: "interval.end"] as? Double == 2_300)
        #expect(status[path: "interval.indexInStreak"] as? Int == 1)
        // Break 2300–2600, grace 2600–3000, pomodoro 2600–3800.
        #expect(try home.run(["start", "1"], at: 2_700).status == 0)
        status = try home.status(at: 2_700)
        #expect(status[path: "interval.indexInStreak"] as? Int == 2)
        #expect(status[path: "interval.end"] as? Double == 3_800)
        // Break 3800–4100, grace 4100–4700, pomodoro 4100–5900, last break 5900–6500.
        #expect(try home.run(["start", "1"], at: 4_200).status == 0)
        status = try home.status(at: 6_000)
        #expect(status[path: "interval.kind"] as? String == "break")
        #expect(status[path: "interval.end"] as? Double == 6_500)
        // The streak is over: idle in the session means a start prompt, not a grace period.
        status = try home.status(at: 6_600)
        #expect(status[path: "interval.kind"] as? String == "startPrompt")
        // 3 (intention) + 1 + 2 + 4 + 8 (pomodoros) + 4 (breaks).
        #expect(status[path: "score.session"] as? Double == 22)
    }

    @Test func evaluationEndsAnAchievedPomodoroAndClosesTheIntention() throws {
        let home = try OuroHome.withSession(from: 1_000, to: 20_000)
        #expect(try home.run(["intend", "Ship it", "--estimate", "5m"], at: 1_050).stdout == "1\n")
        #expect(try home.run(["start", "1"], at: 1_100).status == 0)
        let evaluated = try home.run(["evaluate", "achieved"], at: 1_200)
        #expect(evaluated.status == 0)
        #expect(evaluated.stdout == "pomodoro 1: achieved\n")
        let status = try home.status(at: 1_200)
        #expect(status[path: "interval.kind"] as? String == "break")
        #expect(status[path: "interval.start"] as? Double == 1_200)
        #expect(status[path: "interval.end"] as? Double == 1_500)
        #expect(status["awaitingReview"] is NSNull)
        let refused = try home.run(["start", "1"], at: 1_600)
        #expect(refused.status == 12)
        #expect(refused.stderr.hasPrefix("ouro: intention 1 is completed"))
        #expect(try home.run(["evaluate", "focused", "--pomodoro", "99"], at: 1_600).status == 65)
        #expect(try home.run(["intentions"], at: 1_600).stdout == "")
        #expect(try home.run(["intentions", "--all"], at: 1_600).stdout.contains("completed"))
    }

    @Test func abandoningTheRunningPomodorosIntentionEndsItAndTheStreakNow() throws {
        let home = try OuroHome.withSession(from: 1_000, to: 20_000)
        #expect(try home.run(["start", "Doomed"], at: 1_100).status == 0)
        #expect(try home.run(["abandon", "1"], at: 1_200).stdout == "intention 1 abandoned\n")
        // No break and nothing to review: inside the session a start prompt follows at once.
        let status = try home.status(at: 1_300)
        #expect(status[path: "interval.kind"] as? String == "startPrompt")
        #expect(status[path: "interval.start"] as? Double == 1_200)
        #expect(status["awaitingReview"] is NSNull)
        #expect(try home.run(["start", "1"], at: 1_600).status == 12)
        #expect(try home.run(["abandon", "42"], at: 1_600).status == 65)
    }
}

/// What a new user sees on the very first run, with no set-up at all.
@Suite struct FirstRunTests {
    /// The default work hours apply to the first run itself: at 10:00 on a Monday the very
    /// first `status` already shows the start prompt of today's session, not "idle".
    @Test func theFirstRunInsideDefaultHoursShowsTheStartPrompt() throws {
        let home = OuroHome()
        // Monday 2026-11-23 10:00 UTC, inside the default Mon–Fri 09:00–17:00.
        let result = try home.run(["status", "--json"], at: 1_795_428_000)
        #expect(result.status == 0)
        #expect(result.stdout.contains(#""kind":"startPrompt""#))
        #expect(result.stdout.contains(#""session":{"start":1795424400.0,"end":1795453200.0"#))
    }
}

/// Plain `ouro status` when nothing runs says when something will, without reading a past
/// time of day as today's.
@Suite struct IdleLineTests {
    /// Monday 2026-11-23 00:00 UTC; the default hours are Mon–Fri 09:00–17:00.
    static let monday = 1_795_392_000.0

    /// Seconds after Monday 00:00, and the line then.
    static let moments: [(Double, String)] = [
        (28_800, "idle · next session at 09:00"),  // Monday 08:00
        (63_000, "idle · next session Tue 09:00"),  // Monday 17:30
        (410_400, "idle · next session Mon 09:00"),  // Friday 18:00
        // Monday 16:40, the instant a point is lost: the next prompt starts then, its figures
        // as from 16:40:01 (model.md's prompt invariant).
        (60_000, "start prompt 10:00 left · start now for 21.25 points, 15.25 after 16:50"),
    ]

    @Test(arguments: moments)
    func saysWhenTheNextSessionIs(offset: Double, line: String) throws {
        let result = try OuroHome().run(["status"], at: Self.monday + offset)
        #expect(result.status == 0)
        #expect(result.stdout == line + "\n")
    }

    @Test func beyondAWeekTheDateIsGiven() throws {
        let home = OuroHome()
        try home.run(["hours", "set", "mon", "09:00-17:00"], at: Self.monday)
        // Monday 17:30: next Monday is seven days on.
        let result = try home.run(["status"], at: Self.monday + 17.5 * 3_600)
        #expect(result.stdout == "idle · next session 2026-11-30 09:00\n")
    }

    @Test func withNoWorkHoursItIsJustIdle() throws {
        let home = OuroHome()
        try home.run(["hours", "clear"], at: Self.monday)
        #expect(try home.run(["status"], at: Self.monday + 3_600).stdout == "idle\n")
    }
}
