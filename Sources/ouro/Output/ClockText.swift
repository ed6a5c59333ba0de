import OuroCore
import TimerTree

/// Times and lengths as people read them in ouro's output.
enum ClockText {
    /// A remaining length as `m:ss`, or `h:mm:ss` from an hour; rounded up to whole seconds
    /// so a countdown shows 0:00 only when it has ended.
    static func countdown(_ seconds: Double) -> String {
        let total = max(0, WholeNumber.rounding(seconds, .up))
        let hours = total / 3_600
        let minutes = total % 3_600 / 60
        let rest = total % 60
        if hours > 0 { return "\(hours):\(twoDigits(minutes)):\(twoDigits(rest))" }
        return "\(minutes):\(twoDigits(rest))"
    }

    /// A length as `25m`, `1h30m`, `90s`… (the form durations are typed in).
    static func duration(_ seconds: Double) -> String {
        let total = max(0, WholeNumber.rounding(seconds, .toNearestOrAwayFromZero))
        var text = ""
        if total >= 3_600 { text += "\(total / 3_600)h" }
        if total % 3_600 >= 60 { text += "\(total % 3_600 / 60)m" }
        if total % 60 != 0 || text.isEmpty { text += "\(total % 60)s" }
        return text
    }

    /// The local wall time of `instant` as `HH:MM`.
    static func wallTime(_ instant: Double, in zone: Zone) -> String {
        wallTime(zone.civil(at: instant).time)
    }

    /// When `instant` comes, seen from `now`: `at 09:00` today, `Tue 09:00` within the
    /// week, `2026-12-01 09:00` beyond it.
    ///
    /// A bare `09:00` would read as today even when today's 09:00 has passed.
    static func upcoming(_ instant: Double, from now: Double, in zone: Zone) -> String {
        let then = zone.civil(at: instant)
        let days = then.date.daysSinceEpoch - zone.civil(at: now).date.daysSinceEpoch
        let time = wallTime(then.time)
        switch days {
        case ...0: return "at " + time
        case 1...6: return then.date.weekday.title + " " + time
        default: return date(then.date) + " " + time
        }
    }

    /// A wall time as `HH:MM`.
    static func wallTime(_ time: WallTime) -> String {
        time.hourAndMinute
    }

    /// A date as `YYYY-MM-DD`.
    static func date(_ date: CivilDate) -> String {
        let year = String(date.year)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + "-"
            + twoDigits(date.month) + "-" + twoDigits(date.day)
    }

    /// `instant` as ISO 8601 in `zone` with its offset: `2024-05-08T11:00:00-07:00`.
    static func iso8601(_ instant: Double, in zone: Zone) -> String {
        let whole = instant.rounded(.down)
        let civil = zone.civil(at: whole)
        let offset = zone.offset(at: whole)
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        return date(civil.date) + "T" + wallTime(civil.time) + ":" + twoDigits(civil.time.second)
            + sign + twoDigits(minutes / 60) + ":" + twoDigits(minutes % 60)
    }

    /// Points with at most two decimals, without trailing zeros: `21.25`, `3`, `0.1`.
    static func points(_ value: Double) -> String {
        let hundredths = WholeNumber.rounding(value * 100, .toNearestOrAwayFromZero)
        let whole = hundredths / 100
        let fraction = abs(hundredths % 100)
        let sign = hundredths < 0 && whole == 0 ? "-" : ""
        guard fraction != 0 else { return sign + String(whole) }
        let decimals = fraction % 10 == 0 ? String(fraction / 10) : twoDigits(fraction)
        return sign + String(whole) + "." + decimals
    }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
