extension Zone {
    /// The zone's offset east of UTC, in seconds, at `instant` (seconds since the epoch).
    ///
    /// `-25200` for Los Angeles in summer, `37800` for Lord Howe in winter.
    public func offset(at instant: Double) -> Int {
        if isUTC { return 0 }
        let seconds = Zone.wholeSeconds(instant)
        return CLibraryZones.withRules(of: self) { offsetAt in offsetAt(seconds) }
    }

    /// The wall-clock reading in this zone at `instant`; fractions of a second are dropped
    /// toward the past.
    public func civil(at instant: Double) -> CivilDateTime {
        let seconds = Zone.wholeSeconds(instant)
        return CivilDateTime(secondsSinceEpoch: seconds + offset(at: instant))
    }

    /// The instant (seconds since the epoch) at which the wall clock of this zone reads
    /// `civil`.
    ///
    /// Two policies decide the readings that are not exactly one instant:
    /// - **A reading that does not exist** (skipped when the clocks spring forward) is read
    ///   with the offset in force before the change, so it lands as far after the change as
    ///   it is after the last reading before it: 02:30 on a Los Angeles spring-forward day
    ///   is 03:30 PDT, shifted forward by the gap.
    /// - **A reading that happens twice** (when the clocks fall back) is its first, earlier
    ///   occurrence: 01:30 on a Los Angeles fall-back day is 01:30 PDT.
    ///
    /// The reading is counted as seconds on a clock with no offset (`timegm`), and each offset
    /// in force a day before and a day after is tried and kept only if the zone really has
    /// that offset at the resulting instant; `mktime`'s unspecified handling of these cases
    /// is not used. This assumes a zone changes offset at most once in any two days, which
    /// holds for every zone in the tz database's current rules.
    public func instant(of civil: CivilDateTime) -> Double {
        let reading = civil.secondsSinceEpoch
        if isUTC { return Double(reading) }
        let resolved = CLibraryZones.withRules(of: self) { offsetAt in
            let before = offsetAt(reading - 86_400)
            let after = offsetAt(reading + 86_400)
            let candidates = [reading - before, reading - after].filter { candidate in
                offsetAt(candidate) == reading - candidate
            }
            return candidates.min() ?? reading - before
        }
        return Double(resolved)
    }

    /// The first instant of the calendar day that contains `instant` in this zone.
    ///
    /// Where midnight is skipped (a zone springing forward at 00:00) that is the change
    /// itself; where midnight happens twice it is the first one.
    public func startOfDay(containing instant: Double) -> Double {
        let midnight = WallTime(hour: 0, minute: 0)!
        return self.instant(of: CivilDateTime(date: civil(at: instant).date, time: midnight))
    }

    /// The whole second containing `instant`, rounding toward the past, clamped to about
    /// four million years either side of 1970 so an infinite "never" cannot trap the
    /// conversion to `Int` or overflow the calendar arithmetic.
    private static func wholeSeconds(_ instant: Double) -> Int {
        precondition(!instant.isNaN, "an instant must be a number of seconds, not NaN")
        let limit = Double(1 << 47)
        return Int(min(max(instant, -limit), limit).rounded(.down))
    }
}
