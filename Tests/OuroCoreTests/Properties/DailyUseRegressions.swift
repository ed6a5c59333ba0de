import TimerTree

/// Short command lists, in UTC around Tuesday 2026-12-01, that broke an invariant on the code
/// before issue #10's fixes (the property test's shrunk counterexamples, rewritten by hand).
/// They replay through the same checks as the random days, so they stay covered whatever
/// the generator draws.
enum DailyUseRegressions {
    /// The day they happen on.
    static let day = CivilDate(year: 2026, month: 12, day: 1)!

    /// Every case: a name saying what broke, and the commands.
    static let cases: [(name: String, commands: [DailyUseCommand])] = [
        (
            "idle at the second a start prompt expires",
            [
                .setRules([daily(9, 0, 17, 0)], at: at(8, 0)), .advance(at: at(9, 0)),
                .advance(at: at(9, 5)),
            ]
        ),
        (
            "idle after a one-off session that is under way is added",
            [
                .setRules([], at: at(8, 0)),
                .addSession(from: at(8, 30), to: at(12, 0), at: at(9, 0)),
            ]
        ),
        (
            "idle after rules that cover now are set",
            [.setRules([], at: at(8, 0)), .setRules([daily(9, 0, 17, 0)], at: at(10, 0))]
        ),
        (
            "a start prompt leaves out the points the session has earned",
            [
                .setRules([daily(9, 0, 17, 0)], at: at(8, 0)), .intend(estimate: nil, at: at(8, 0)),
                .start(intention: 1, at: at(9, 0)), .advance(at: at(9, 41)),
            ]
        ),
        (
            "a start prompt keeps its points after an estimate earns one",
            [
                .setRules([daily(9, 0, 17, 0)], at: at(8, 0)), .intend(estimate: nil, at: at(8, 0)),
                .advance(at: at(9, 0)), .estimate(intention: 1, duration: 1_500, at: at(9, 1)),
            ]
        ),
        (
            "two rules that overlap give two sessions",
            [
                .setRules([daily(9, 0, 17, 0), daily(16, 0, 18, 0)], at: at(8, 0)),
                .advance(at: at(16, 0)),
            ]
        ),
        (
            "an overnight rule and a daily one overlap after midnight",
            [
                .setRules([daily(22, 0, 2, 0), daily(1, 0, 9, 0)], at: at(10, 0)),
                .advance(at: at(23, 0)), .advance(at: at(1, 30, day: 2)),
            ]
        ),
        (
            "setting the hours during a session doubles it",
            [
                .setRules([daily(9, 0, 17, 0)], at: at(8, 0)), .advance(at: at(10, 0)),
                .setRules([daily(9, 30, 17, 30)], at: at(10, 0)),
            ]
        ),
        (
            "a one-off session overlapping a rule's later session",
            [
                .setRules([daily(9, 45, 10, 15)], at: at(8, 0)),
                .addSession(from: at(8, 57), to: at(10, 31), at: at(9, 0)), .advance(at: at(10, 0)),
            ]
        ),
        (
            "a continuation after midnight adds points to the day before",
            [
                .setRules([], at: at(23, 0)), .intend(estimate: nil, at: at(23, 0)),
                .start(intention: 1, at: at(23, 48, 40)),
                .start(intention: 1, at: at(0, 0, 17, day: 2)),
            ]
        ),
    ]

    /// An instant in UTC on `day` of 2026-12.
    static func at(_ hour: Int, _ minute: Int, _ second: Int = 0, day: Int = 1) -> Double {
        Zone.utc.instant(
            of: CivilDateTime(
                year: 2026, month: 12, day: day, hour: hour, minute: minute, second: second)!)
    }

    /// A rule every day of the week, in UTC.
    static func daily(
        _ fromHour: Int, _ fromMinute: Int, _ toHour: Int, _ toMinute: Int
    )
        -> DailyUseCommand.Rule
    {
        DailyUseCommand.Rule(
            weekdays: Set(Weekday.allCases), start: WallTime(hour: fromHour, minute: fromMinute)!,
            end: WallTime(hour: toHour, minute: toMinute)!, zone: .utc)
    }
}
