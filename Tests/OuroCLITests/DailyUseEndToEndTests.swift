import Foundation
import Testing
import TimerTree

/// Issue #10's "`status` and `score` agree", through the real binary and store: seeded random
/// commands at increasing `OURO_NOW` through one session on a DST change day (an ordinary
/// day in UTC), checking after each step that
/// - `status --json`'s `score.today` is `score --json`'s `score`,
/// - `score`'s `ideal` never exceeds its `perfect`,
/// - a start prompt offers exactly `score`'s `ideal` (the day has one session).
///
/// The commands keep `ideal <= perfect` a true invariant: intentions are created before the
/// session and never estimated, and only a pomodoro that has ended is evaluated *achieved*
/// (model.md lets a user beat the perfect score by estimating, creating intentions inside a
/// short session, or achieving early — `points lost` is clamped at 0 for that reason).
@Suite struct DailyUseEndToEndTests {
    /// A zone, a day and the one rule that gives the day its session.
    struct Day: Sendable, CustomStringConvertible {
        /// `TZ`.
        var zone: String
        /// The day.
        var date: CivilDate
        /// The session's wall times, in `zone`.
        var from: WallTime
        var to: WallTime

        var description: String { "\(zone) \(date.year)-\(date.month)-\(date.day)" }
    }

    static let days: [Day] = [
        Day(
            zone: "UTC", date: CivilDate(year: 2026, month: 12, day: 1)!,
            from: WallTime(hour: 9, minute: 0)!, to: WallTime(hour: 11, minute: 0)!),
        // Falls back at 02:00: 01:00–02:00 happens twice.
        Day(
            zone: "America/Los_Angeles", date: CivilDate(year: 2026, month: 11, day: 1)!,
            from: WallTime(hour: 0, minute: 30)!, to: WallTime(hour: 2, minute: 30)!),
        // Springs forward at 02:00 to 03:00.
        Day(
            zone: "Europe/Berlin", date: CivilDate(year: 2026, month: 3, day: 29)!,
            from: WallTime(hour: 1, minute: 0)!, to: WallTime(hour: 4, minute: 0)!),
        // Springs forward half an hour at 02:00.
        Day(
            zone: "Australia/Lord_Howe", date: CivilDate(year: 2026, month: 10, day: 4)!,
            from: WallTime(hour: 1, minute: 0)!, to: WallTime(hour: 3, minute: 30)!),
    ]

    /// Steps per day after the set-up (each runs a command, `status` and `score`).
    static let steps = 7

    @Test(
        .disabled(if: !dailyUseEndToEndIsEnforced, "enable after #10 fixes merge"),
        arguments: 0..<days.count)
    func statusAndScoreAgree(day index: Int) throws {
        var run = try DailyUseRun(day: Self.days[index], seed: UInt64(index))
        try run.setUp()
        for _ in 0..<Self.steps {
            try run.step()
            if !run.failures.isEmpty { break }
        }
        for failure in run.failures {
            Issue.record(
                Comment(rawValue: "\(Self.days[index]) seed \(index): \(failure)\n" + run.log))
        }
    }
}

/// False until issue #10's fixes merge (`status` and `score` disagree on the code before them:
/// the prompt leaves out the points already earned). Set it to true to enforce the test.
let dailyUseEndToEndIsEnforced = true
