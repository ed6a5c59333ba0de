import Foundation
import Testing

/// Start prompts and `ouro score` through the binary: issue #10's reproductions.
@Suite struct ScoreEndToEndTests {
    /// `score --json` for `date` at `now`, parsed.
    private func score(_ home: OuroHome, date: String, at now: Double) throws -> [String: Any] {
        let result = try home.run(["score", "--json", "--date", date], at: now)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return object as? [String: Any] ?? [:]
    }

    @Test func aPromptCountsThePointsAlreadyEarnedInTheSession() throws {
        let home = OuroHome()
        try home.run(["hours", "clear"], at: 0)
        try home.run(["intend", "a"], at: 0)
        try home.run(["session", "add", "--from", "1000", "--to", "5000"], at: 0)
        #expect(try home.run(["start", "1"], at: 1_100).status == 0)
        let status = try home.status(at: 1_903)
        #expect(status[path: "interval.kind"] as? String == "startPrompt")
        #expect(status[path: "interval.pointsBeforeLoss"] as? Double == 63.75)
        #expect(status[path: "interval.pointsAfterLoss"] as? Double == 52.75)
        let day = try score(home, date: "1970-01-01", at: 1_903)
        #expect(day["ideal"] as? Double == 63.75)
        #expect(day["perfect"] as? Double == 62.75)
        #expect(day["lost"] as? Double == 0)
    }

    @Test func aPromptStartsAtTheSecondTheLastOneExpires() throws {
        let home = try OuroHome.withSession(from: 1_000, to: 2_000)
        #expect(try home.status(at: 1_100)[path: "interval.end"] as? Double == 1_400)
        let status = try home.status(at: 1_400)
        #expect(status[path: "interval.kind"] as? String == "startPrompt")
        #expect(status[path: "interval.start"] as? Double == 1_400)
        #expect(status[path: "interval.end"] as? Double == 1_700)
        #expect(status[path: "interval.pointsBeforeLoss"] as? Double == 15.25)
        #expect(status[path: "interval.pointsAfterLoss"] as? Double == 4)
    }

    @Test func inWorkHoursThePromptIsThereAtEveryExpirySecond() throws {
        // A Tuesday with the default hours 09:00–17:00: prompts expire at 09:05, 09:10, …
        let home = OuroHome()
        let nine = 1_796_115_600.0  // 2026-12-01T09:00:00Z
        for offset in [0.0, 299, 300, 600, 601] {
            let status = try home.status(at: nine + offset)
            #expect(status[path: "interval.kind"] as? String == "startPrompt", "at +\(offset)")
        }
        let fresh = OuroHome()
        #expect(try fresh.status(at: nine + 300)[path: "interval.start"] as? Double == nine + 300)
    }

    @Test func aPomodoroAchievedAfterMidnightCountsOnTheNewDay() throws {
        let home = OuroHome()
        try home.run(["hours", "clear"], at: 86_000)
        // 23:58 on 1970-01-01; achieved at 00:01 on 1970-01-02.
        #expect(try home.run(["start", "late"], at: 86_280).status == 0)
        #expect(try home.run(["evaluate", "achieved"], at: 86_460).status == 0)
        #expect(try score(home, date: "1970-01-02", at: 86_500)["score"] as? Double == 11.25)
        #expect(try score(home, date: "1970-01-01", at: 86_500)["score"] as? Double == 4)
        // Its break (00:01–00:06) counts on the new day too, once it has run.
        #expect(try score(home, date: "1970-01-02", at: 86_800)["score"] as? Double == 12.25)
    }

    @Test func theIdealCountsARunningPomodorosEvaluationOnce() throws {
        let home = try OuroHome.withSession(from: 1_000, to: 2_000)
        #expect(try home.run(["start", "write"], at: 1_000).status == 0)
        #expect(try home.run(["evaluate", "focused"], at: 1_100).status == 0)
        let day = try score(home, date: "today", at: 1_150)
        #expect(day["ideal"] as? Double == 21.25)
        #expect(day["perfect"] as? Double == 21.25)
        #expect(day["lost"] as? Double == 0)
    }

    @Test func scoreShowsThePointsLost() throws {
        let home = try OuroHome.withSession(from: 1_000, to: 2_000)
        let day = try score(home, date: "today", at: 1_500)
        #expect(day["ideal"] as? Double == 15.25)
        #expect(day["perfect"] as? Double == 21.25)
        #expect(day["lost"] as? Double == 6)
        let text = try home.run(["score"], at: 1_500)
        #expect(text.stdout == "1970-01-01: score 0 · ideal 15.25 · perfect 21.25 · lost 6\n")
    }
}
