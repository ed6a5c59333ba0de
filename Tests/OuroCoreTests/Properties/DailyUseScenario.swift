import TimerTree

/// Where and when a simulation runs: a zone, the day its clocks change (an ordinary day for
/// UTC), and the seed that decides every command.
///
/// The simulation runs from shortly before the local midnight of the day before through the
/// end of the day after, so it crosses the change and two midnights.
struct DailyUseScenario: Sendable, Hashable, CustomStringConvertible {
    /// The user's local zone.
    var zone: Zone
    /// The day the simulation is centred on.
    var day: CivilDate
    /// The generator's seed.
    var seed: UInt64

    /// How many local days are simulated.
    static let days = 3
    /// The most steps one simulation takes.
    static let maxSteps = 180
    /// Seeds per zone and day.
    static let seedsPerDay: UInt64 = 8

    /// The zones and days: every 2026 DST change of Los Angeles, Berlin and Lord Howe (a
    /// half-hour change), and two ordinary UTC days.
    static let days2026: [(zone: String, day: (Int, Int))] = [
        ("UTC", (3, 29)), ("UTC", (12, 1)),
        ("America/Los_Angeles", (3, 8)), ("America/Los_Angeles", (11, 1)),
        ("Europe/Berlin", (3, 29)), ("Europe/Berlin", (10, 25)),
        ("Australia/Lord_Howe", (4, 5)), ("Australia/Lord_Howe", (10, 4)),
    ]

    /// The zones work-hour rules may name (a rule in another zone than the user's is allowed).
    static let zones: [Zone] = [
        "UTC", "America/Los_Angeles", "Europe/Berlin", "Australia/Lord_Howe",
    ]
    .map { try! Zone(identifier: $0) }

    /// Every scenario the suite runs, in a fixed order.
    static let all: [DailyUseScenario] = days2026.enumerated().flatMap { position, entry in
        (0..<seedsPerDay).map { index in
            DailyUseScenario(
                zone: try! Zone(identifier: entry.zone),
                day: CivilDate(year: 2026, month: entry.day.0, day: entry.day.1)!,
                seed: UInt64(position) * 100 + index)
        }
    }

    /// The first local day simulated.
    var firstDay: CivilDate { day.adding(days: -1) }

    /// `Europe/Berlin 2026-03-29 seed 403`.
    var description: String {
        "\(zone.identifier) \(LocalDay(date: day, zone: zone).text) seed \(seed)"
    }
}
