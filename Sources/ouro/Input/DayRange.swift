import TimerTree

/// The local days a listing covers, from its first day through its last, both included.
///
/// `log` and `score` resolve their `--since`/`--until` into this (see ``DayRangeOptions``).
struct DayRange: Hashable, Sendable {
    /// The first day.
    var first: DayWindow
    /// The last day.
    var last: DayWindow

    /// Its first instant (the first day's local midnight).
    var start: Double { first.start }
    /// Its last instant (just before the local midnight after the last day).
    var end: Double { last.last }

    /// How many days it holds (at least one).
    var count: Int { last.date.daysSinceEpoch - first.date.daysSinceEpoch + 1 }

    /// Every day in order.
    ///
    /// Complexity: O(days), each built from the zone's rules for that day.
    func days(in zone: TimerTree.Zone) -> [DayWindow] {
        (0..<max(1, count)).map { DayWindow(date: first.date.adding(days: $0), zone: zone) }
    }
}
