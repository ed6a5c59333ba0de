import Testing
import TimerTree

/// A civil date and time from literal fields, for tests whose fields are known to be valid.
func civil(
    _ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0
) -> CivilDateTime {
    CivilDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second)!
}

/// A date from literal fields known to be valid.
func date(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
    CivilDate(year: year, month: month, day: day)!
}

/// A zone the tests rely on being in the system tz database.
func zone(_ identifier: String) -> Zone {
    try! Zone(identifier: identifier)
}

/// One offset change of 2026, as `zdump -v -c 2026,2027 <zone>` prints it.
struct Transition: Sendable, CustomTestStringConvertible {
    /// The zone that changes.
    let zone: String
    /// The first instant (seconds since the epoch) with the new offset.
    let instant: Double
    /// Seconds east of UTC before the change.
    let before: Int
    /// Seconds east of UTC from the change on.
    let after: Int
    /// The day of the change, local.
    let day: CivilDate

    var testDescription: String { "\(zone) at \(instant)" }

    /// Both 2026 changes in Los Angeles, Berlin and Lord Howe (a 30-minute shift).
    static let all: [Transition] = [
        // Sun Mar  8 10:00:00 2026 UT = Sun Mar  8 03:00:00 2026 PDT
        Transition(
            zone: "America/Los_Angeles", instant: 1_772_964_000, before: -28_800,
            after: -25_200, day: date(2026, 3, 8)),
        // Sun Nov  1 09:00:00 2026 UT = Sun Nov  1 01:00:00 2026 PST
        Transition(
            zone: "America/Los_Angeles", instant: 1_793_523_600, before: -25_200,
            after: -28_800, day: date(2026, 11, 1)),
        // Sun Mar 29 01:00:00 2026 UT = Sun Mar 29 03:00:00 2026 CEST
        Transition(
            zone: "Europe/Berlin", instant: 1_774_746_000, before: 3600, after: 7200,
            day: date(2026, 3, 29)),
        // Sun Oct 25 01:00:00 2026 UT = Sun Oct 25 02:00:00 2026 CET
        Transition(
            zone: "Europe/Berlin", instant: 1_792_890_000, before: 7200, after: 3600,
            day: date(2026, 10, 25)),
        // Sat Apr  4 15:00:00 2026 UT = Sun Apr  5 01:30:00 2026 +1030
        Transition(
            zone: "Australia/Lord_Howe", instant: 1_775_314_800, before: 39_600,
            after: 37_800, day: date(2026, 4, 5)),
        // Sat Oct  3 15:30:00 2026 UT = Sun Oct  4 02:30:00 2026 +11
        Transition(
            zone: "Australia/Lord_Howe", instant: 1_791_041_400, before: 37_800,
            after: 39_600, day: date(2026, 10, 4)),
    ]
}
