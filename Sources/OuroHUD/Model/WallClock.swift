import TimerTree

/// How the HUD writes instants on the wall clock: `"10:55"` and `"09:00 Mon"`.
enum WallClock {
    /// Hours and minutes in `zone`, 24-hour, e.g. `"10:55"`.
    static func time(_ instant: Double, in zone: Zone) -> String {
        zone.civil(at: instant).time.hourAndMinute
    }

    /// Hours, minutes and the weekday in `zone`, e.g. `"09:00 Mon"`.
    static func timeAndWeekday(_ instant: Double, in zone: Zone) -> String {
        let civil = zone.civil(at: instant)
        return time(instant, in: zone) + " " + civil.date.weekday.title
    }
}
