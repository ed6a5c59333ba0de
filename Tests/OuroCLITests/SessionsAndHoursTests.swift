import Foundation
import Testing

/// Issue #10, items 1–5, through the binary: changing the work hours mid-session, the
/// work-hour flags, root flags with a subcommand, sessions that would overlap, and a session
/// across midnight.
@Suite struct SessionsAndHoursTests {
    /// Tuesday 1 December 2026, 00:00 UTC.
    private let december1 = 1_796_083_200.0
    private let hour = 3600.0

    /// Runs `ouro arguments…` at `now` in `home`, with `TZ=zone`.
    @discardableResult
    private func run(
        _ home: OuroHome, _ arguments: [String], at now: Double, zone: String = "UTC"
    ) throws -> OuroProcess.Result {
        try OuroProcess.run(
            arguments, environment: ["OURO_HOME": home.path, "OURO_NOW": String(now), "TZ": zone])
    }

    /// The parsed JSON a run printed.
    private func json(_ result: OuroProcess.Result) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    /// `sessions --json` as (start, end, score, perfect) rows.
    private func sessions(
        _ home: OuroHome, at now: Double, zone: String = "UTC"
    ) throws
        -> [[Double]]
    {
        let result = try run(home, ["sessions", "--json"], at: now, zone: zone)
        let rows = try #require(try json(result) as? [[String: Any]], "\(result.stderr)")
        return rows.map { row in
            ["start", "end", "score", "perfect"].map { row[$0] as? Double ?? .nan }
        }
    }

    /// `score --json`'s perfect score.
    private func perfect(_ home: OuroHome, at now: Double, zone: String = "UTC") throws -> Double? {
        let result = try run(home, ["score", "--json"], at: now, zone: zone)
        return (try json(result) as? [String: Any])?["perfect"] as? Double
    }

    @Test(arguments: [
        ("UTC", 0.0), ("America/Los_Angeles", 8.0), ("Europe/Berlin", -1.0),
    ])
    func settingTheHoursDuringASessionDoesNotDoubleTheDay(
        zone: String, offsetHours: Double
    )
        throws
    {
        // 10:00 local time on a fresh store (default 09:00–17:00).
        let local = december1 + offsetHours * hour
        let now = local + 10 * hour
        for change in [
            ["hours", "set", "mon-fri", "09:30-17:30"], ["--work-hours", "09:30-17:30"],
        ] {
            let home = OuroHome()
            let changed = try run(home, change, at: now, zone: zone)
            #expect(changed.status == 0, "\(changed.stderr)")
            #expect(changed.stdout == "mon-fri 09:30-17:30 (\(zone))\n")
            // One session, 09:30–17:30, worth one eight-hour session.
            #expect(
                try sessions(home, at: now, zone: zone)
                    == [[local + 9.5 * hour, local + 17.5 * hour, 0, 369.5]], "\(change)")
            #expect(try perfect(home, at: now, zone: zone) == 369.5)
            // Tomorrow follows the new hours too.
            let tomorrow = try sessions(home, at: now + 86_400, zone: zone)
            #expect(tomorrow.map { $0[0] } == [local + 86_400 + 9.5 * hour])
        }
    }

    @Test func clearingTheHoursEndsTheSessionUnderWay() throws {
        let home = OuroHome()
        let now = december1 + 10 * hour
        #expect(try run(home, ["hours", "clear"], at: now).status == 0)
        let today = try sessions(home, at: now)
        #expect(today.map { [$0[0], $0[1]] } == [[december1 + 9 * hour, now]])
    }

    @Test func workDaysKeepTheTimesAndWorkHoursKeepTheDays() throws {
        let home = OuroHome()
        let night = december1 + 2 * hour
        #expect(
            try run(home, ["--work-hours", "10:00-18:00"], at: night).stdout
                == "mon-fri 10:00-18:00 (UTC)\n")
        let days = try run(home, ["--work-days", "mon,wed,fri"], at: night)
        #expect(days.stdout == "mon,wed,fri 10:00-18:00 (UTC)\n")
        #expect(try run(home, ["hours"], at: night).stdout == "mon,wed,fri 10:00-18:00 (UTC)\n")
        let hours = try run(home, ["--work-hours", "08:00-16:00"], at: night)
        #expect(hours.stdout == "mon,wed,fri 08:00-16:00 (UTC)\n")
    }

    @Test func rootFlagsWithASubcommandAreSavedWithIt() throws {
        let home = OuroHome()
        let night = december1 + 2 * hour
        let status = try run(home, ["--work-hours", "08:00-16:00", "status"], at: night)
        #expect(status.status == 0)
        #expect(try run(home, ["hours"], at: night).stdout == "mon-fri 08:00-16:00 (UTC)\n")
        // Written after the subcommand's name, too.
        #expect(try run(home, ["status", "--work-days", "mon"], at: night).status == 0)
        #expect(try run(home, ["hours"], at: night).stdout == "mon 08:00-16:00 (UTC)\n")
        // A subcommand that fails saves nothing, the flags included.
        let failed = try run(home, ["--work-hours", "10:00-11:00", "start", "99"], at: night)
        #expect(failed.status == 65)
        #expect(try run(home, ["hours"], at: night).stdout == "mon 08:00-16:00 (UTC)\n")
    }

    @Test func aRootFlagEchoesWhatItSet() throws {
        let home = OuroHome()
        let streak = try run(home, ["--streak", "1/1"], at: december1)
        #expect(streak.status == 0)
        #expect(streak.stdout == "streak 1/1\n")
    }

    @Test func oneOffSessionsInThePastOrOverlappingAreRefused() throws {
        let home = OuroHome()
        let now = december1 + 10 * hour
        let past = try run(home, ["session", "add", "--from", "07:00", "--to", "08:00"], at: now)
        #expect(past.status == 64)
        #expect(past.stderr.hasPrefix("ouro: the session would end at 2026-12-01 08:00"))
        let overlapping = try run(
            home, ["session", "add", "--from", "16:00", "--to", "18:00"], at: now)
        #expect(overlapping.status == 64)
        #expect(
            overlapping.stderr.hasPrefix(
                "ouro: the session overlaps session 1 (2026-12-01 09:00-17:00)"))
        let tomorrow = try run(
            home,
            ["session", "add", "--from", "2026-12-02T08:00:00Z", "--to", "2026-12-02T10:00:00Z"],
            at: now)
        #expect(tomorrow.status == 64)
        #expect(
            tomorrow.stderr.hasPrefix(
                "ouro: the session overlaps the work hours' session 2026-12-02 09:00-17:00"))
        let long = try run(
            home,
            ["session", "add", "--from", "2026-12-03T18:00:00Z", "--to", "2026-12-04T19:00:00Z"],
            at: now)
        #expect(long.status == 64)
        // Touching is fine.
        let touching = try run(
            home, ["session", "add", "--from", "17:00", "--to", "18:00"], at: now)
        #expect(touching.status == 0, "\(touching.stderr)")
        #expect(
            try sessions(home, at: now).map { [$0[0], $0[1]] } == [
                [december1 + 9 * hour, december1 + 17 * hour],
                [december1 + 17 * hour, december1 + 18 * hour],
            ])
        // 369.5 for eight hours, 62.75 for one.
        #expect(try perfect(home, at: now) == 432.25)
    }

    @Test func rulesWhoseSessionsWouldExceedADayAreRefused() throws {
        let home = OuroHome()
        let night = december1 + 2 * hour
        #expect(try run(home, ["hours", "set", "daily", "08:00-21:30"], at: night).status == 0)
        let refused = try run(home, ["hours", "add", "daily", "21:00-09:00"], at: night)
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("longer than 24 hours"))
        #expect(try run(home, ["hours"], at: night).stdout == "daily 08:00-21:30 (UTC)\n")
    }

    @Test func aSessionAcrossMidnightKeepsItsPointsOnceItHasEnded() throws {
        let home = OuroHome()
        #expect(
            try run(home, ["hours", "set", "daily", "22:00-02:00"], at: december1 + 20 * hour)
                .status == 0)
        // 3 (intention) + 1 (pomodoro) at 23:00, 1 (break) at 23:10: all before midnight.
        #expect(try run(home, ["start", "write"], at: december1 + 23 * hour).status == 0)
        let later = december1 + 27 * hour
        for _ in 0..<2 {
            let rows = try sessions(home, at: later)
            #expect(rows.map { $0[0] } == [december1 + 22 * hour])
            #expect(rows.map { $0[2] } == [5])
        }
        let yesterday = try run(home, ["score", "--date", "yesterday", "--json"], at: later)
        #expect((try json(yesterday) as? [String: Any])?["score"] as? Double == 5)
    }
}
