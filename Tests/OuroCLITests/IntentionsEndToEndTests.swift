import Foundation
import Testing

/// Issue 10, items 11–14, as a user meets them on the command line.
@Suite struct IntentionsEndToEndTests {
    /// Item 11: abandoning the running pomodoro's intention no longer locks the user out
    /// with a break, nor asks to evaluate the abandoned pomodoro.
    @Test func startAfterAbandonExitsZero() throws {
        let home = try OuroHome.withSession(from: 1_000, to: 20_000)
        #expect(try home.run(["start", "Write"], at: 1_100).status == 0)
        let abandoned = try home.run(["abandon", "1"], at: 1_160)
        #expect(abandoned.status == 0)
        #expect(abandoned.stdout == "intention 1 abandoned\n")
        let status = try home.status(at: 1_160)
        #expect(status[path: "interval.kind"] as? String == "startPrompt")
        #expect(status[path: "interval.start"] as? Double == 1_160)
        #expect(status["awaitingReview"] is NSNull)
        let started = try home.run(["start", "Read"], at: 1_170)
        #expect(started.status == 0, "\(started.stderr)")
        #expect(try home.status(at: 1_170)[path: "interval.indexInStreak"] as? Int == 0)
    }

    /// Item 12: pomodoros are numbered 1, 2, 3 … whatever intervals came between.
    @Test func pomodorosAreNumberedFromOne() throws {
        let home = try OuroHome.withSession(from: 1_000, to: 20_000)
        let first = try home.run(["start", "Write"], at: 1_100)
        #expect(first.stdout.hasPrefix("pomodoro 1 on 'Write' until "))
        let evaluated = try home.run(["evaluate", "focused", "--pomodoro", "1"], at: 1_200)
        #expect(evaluated.status == 0, "\(evaluated.stderr)")
        #expect(evaluated.stdout == "pomodoro 1: focused\n")
        // The break ends at 1700; starting in the grace period continues the streak.
        let second = try home.run(["start", "Write"], at: 1_750)
        #expect(second.stdout.hasPrefix("pomodoro 2 on 'Write' continues the streak until "))
        let status = try home.status(at: 2_400)
        #expect(status[path: "awaitingReview.pomodoro"] as? Int == 2)
        #expect(status[path: "awaitingReview.intention.title"] as? String == "Write")
        let log = try home.run(["log", "--since", "1970-01-01"], at: 2_400).stdout
        #expect(log.contains("pomodoro 1 Write (focused)"))
        #expect(log.contains("pomodoro 2 Write\n"))
        let missing = try home.run(["evaluate", "focused", "--pomodoro", "3"], at: 2_400)
        #expect(missing.status == 65)
        #expect(missing.stderr == "ouro: no pomodoro 3 (see 'ouro log')\n")
        let latest = try home.run(["evaluate", "interrupted"], at: 2_400)
        #expect(latest.stdout == "pomodoro 2: interrupted\n")
    }

    /// Item 12 as reported: on a fresh store inside the default work hours (2026-12-01 is a
    /// Tuesday, 10:00 UTC) the start prompt came first, so the first pomodoro was "pomodoro
    /// 2" and `evaluate --pomodoro 1` said "no pomodoro 1".
    @Test func theFirstPomodoroAfterAStartPromptIsPomodoroOne() throws {
        let home = OuroHome()
        let tenOClock = 1_796_119_200.0
        #expect(try home.status(at: tenOClock)[path: "interval.kind"] as? String == "startPrompt")
        let started = try home.run(["start", "Write"], at: tenOClock + 60)
        #expect(started.stdout == "pomodoro 1 on 'Write' until 10:06\n")
        let evaluated = try home.run(
            ["evaluate", "focused", "--pomodoro", "1"], at: tenOClock + 90)
        #expect(evaluated.status == 0, "\(evaluated.stderr)")
        #expect(evaluated.stdout == "pomodoro 1: focused\n")
    }

    /// Item 13: `abandon` takes a title too, naming the newest open intention with it.
    @Test func abandonByTitle() throws {
        let home = OuroHome()
        #expect(try home.run(["intend", "Write"], at: 1_000).status == 0)
        #expect(try home.run(["intend", "Write"], at: 1_000).status == 0)
        let newest = try home.run(["abandon", "Write"], at: 1_100)
        #expect(newest.status == 0, "\(newest.stderr)")
        #expect(newest.stdout == "intention 2 abandoned\n")
        #expect(try home.run(["abandon", "Write"], at: 1_100).stdout == "intention 1 abandoned\n")
        let none = try home.run(["abandon", "Write"], at: 1_100)
        #expect(none.status == 65)
        #expect(
            none.stderr
                == "ouro: no open intention is titled \"Write\" (see 'ouro intentions --all')\n")
        // `start` by the same title now creates a third intention.
        #expect(try home.run(["start", "Write"], at: 1_200).status == 0)
        let third = try home.run(["abandon", "3"], at: 1_300)
        #expect(third.stdout == "intention 3 abandoned\n")
    }

    /// Item 14: achieving an abandoned intention's pomodoro is refused in `evaluate`'s words.
    @Test func evaluateAchievedOnAbandonedSaysWhatToDo() throws {
        let home = try OuroHome.withSession(from: 1_000, to: 20_000)
        #expect(try home.run(["start", "Write"], at: 1_100).status == 0)
        #expect(try home.run(["abandon", "1"], at: 1_200).status == 0)
        let refused = try home.run(["evaluate", "achieved"], at: 1_300)
        #expect(refused.status == 12)
        #expect(
            refused.stderr
                == "ouro: pomodoro 1 cannot be achieved: intention 1 is abandoned; "
                + "evaluate it distracted, interrupted or focused\n")
        #expect(try home.run(["evaluate", "focused"], at: 1_300).status == 0)
    }
}
