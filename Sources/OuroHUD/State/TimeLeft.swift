import OuroCore

/// How the HUD writes durations and points.
enum TimeLeft {
    /// Whole `unit`s left in `seconds`, rounded up: a countdown shows 25:00 for its whole
    /// first second and reaches 0 only at the end.
    static func units(_ seconds: Double, unit: Double) -> Int {
        guard seconds > 0 else { return 0 }
        let exact = seconds / unit
        let rounded = exact.rounded(.up)
        // Tolerate float noise just above a whole unit (1500.0000000002 s is 25:00).
        return WholeNumber.rounding(rounded - exact > 1 - 1e-9 ? rounded - 1 : rounded, .down)
    }

    /// The time left as the digits show it: `MM:SS`, `H:MM:SS`, or with `showsSeconds`
    /// off whole minutes (`25`) or `H:MM`; `--:--` when there is no end.
    static func digits(_ seconds: Double?, showsSeconds: Bool) -> String {
        guard let seconds else { return "--:--" }
        if showsSeconds {
            let total = units(seconds, unit: 1)
            let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
            return hours > 0
                ? "\(hours):\(twoDigits(minutes)):\(twoDigits(secs))"
                : "\(twoDigits(minutes)):\(twoDigits(secs))"
        }
        let total = units(seconds, unit: 60)
        return total >= 60 ? "\(total / 60):\(twoDigits(total % 60))" : "\(total)"
    }

    /// The time left as text: ``digits(_:showsSeconds:)``, with `m` after bare minutes.
    static func text(_ seconds: Double?, showsSeconds: Bool) -> String {
        let digits = digits(seconds, showsSeconds: showsSeconds)
        return digits.contains(":") ? digits : digits + "m"
    }

    /// Points with at most two decimals and no trailing zeros: `21.25`, `6`, `0.1`.
    static func points(_ value: Double) -> String {
        let hundredths = WholeNumber.rounding(value * 100, .toNearestOrAwayFromZero)
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        var fraction = magnitude % 100 == 0 ? "" : "." + twoDigits(magnitude % 100)
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(sign)\(magnitude / 100)\(fraction)"
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
