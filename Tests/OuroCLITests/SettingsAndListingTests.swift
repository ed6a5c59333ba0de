import Foundation
import Testing

/// The persisted work-hour and streak flags, `hours`, and the listings `log`, `score`,
/// `sessions` and `intentions`, through the binary.
@Suite struct SettingsAndListingTests {
    @Test func theMainFlagsReplaceTheWorkHoursAndTheStreak() throws {
        let home = OuroHome()
        let fresh = try home.run(["hours"], at: 1_000)
        #expect(fresh.stdout == "mon-fri 09:00-17:00 (UTC)\n")
        let saved = try home.run(
            ["--work-hours", "10:00-12:00", "--work-days", "mon,wed", "--streak", "25/5"],
            at: 1_000)
        #expect(saved.status == 0)
        // Each flag echoes what it set.
        #expect(saved.stdout == "mon,wed 10:00-12:00 (UTC)\nstreak 25/5\n")
        #expect(
            try home.run(["hours", "--json"], at: 1_000).stdout
                == #"[{"id":2,"days":["mon","wed"],"start":"10:00","end":"12:00","zone":"UTC"}]"#
                + "\n")
        #expect(
            try home.run(["hours", "add", "sat", "22:00-02:00"], at: 1_000).stdout
                == "mon,wed 10:00-12:00 (UTC)\nsat 22:00-02:00 (UTC)\n")
        #expect(try home.run(["hours", "clear"], at: 1_000).stdout == "")
        // The saved streak: a 25-minute first pomodoro.
        #expect(try home.run(["start", "Long"], at: 1_000).status == 0)
        let status = try home.status(at: 1_100)
        #expect(status[path: "interval.end"] as? Double == 2_500)
    }

    @Test func listingsOfADay() throws {
        let home = try OuroHome.withSession(from: 1_000, to: 20_000)
        #expect(
            try home.run(["intend", "Write, then \"ship\"", "--estimate", "10m"], at: 1_050).status
                == 0)
        #expect(try home.run(["start", "1"], at: 1_100).status == 0)
        #expect(try home.run(["evaluate", "focused"], at: 1_500).status == 0)
        let csv = try home.run(["log", "--since", "1970-01-01", "--csv"], at: 1_500)
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first == "id,kind,start,end,intention,title,evaluation,pomodoro")
        // The prompt shown at 1050 expires at 1100: the next one (interval 2) starts then and
        // `start` ends it at once, so pomodoro 1 is interval 3.
        #expect(
            lines.contains(
                #"3,pomodoro,1970-01-01T00:18:20+00:00,1970-01-01T00:23:20+00:00,1,"Write, then ""ship""",focused,1"#
            ))
        let score = try home.run(["score", "--date", "1970-01-01", "--json"], at: 1_500)
        let object =
            try JSONSerialization.jsonObject(with: Data(score.stdout.utf8)) as? [String: Any]
        #expect(object?["date"] as? String == "1970-01-01")
        // 3 (intention) + 1 (estimate) + 1 (first pomodoro) + 1.0 (focused).
        #expect(object?["score"] as? Double == 6)
        #expect(try home.run(["log", "--json", "--csv"], at: 1_500).status == 64)
        let sessions = try home.run(["sessions", "--json"], at: 1_500)
        #expect(
            sessions.stdout.hasPrefix(#"[{"id":1,"start":1000.0,"end":20000.0,"automatic":false,"#))
        let intentions = try home.run(["intentions", "--json"], at: 1_500)
        #expect(intentions.stdout.contains(#""title":"Write, then \"ship\"","#))
        #expect(intentions.stdout.contains(#""estimate":600.0"#))
    }
}
