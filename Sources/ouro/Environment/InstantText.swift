import OuroCore
import TimerTree

/// Parses the instants `OURO_NOW` accepts into seconds since the Unix epoch.
///
/// Two forms: epoch seconds (`1715191200`, `1100.5`) and ISO 8601 with an explicit offset
/// (`2024-05-08T11:00:00-07:00`, `…Z`, optional seconds and fraction, `±HHMM` too). A
/// local time without an offset is refused: it would mean different instants under
/// different `TZ` values, which defeats the point of pinning the time.
enum InstantText {
    /// The latest accepted instant, 9999-12-31T23:59:59Z, so arithmetic never overflows.
    static let latest: Double = 253_402_300_799

    /// The instants `OURO_NOW` may name: years 1970 to 2200 (through
    /// 2200-12-31T23:59:59Z). A pretend time far beyond makes every command catch up on
    /// centuries of work hours first.
    static let pretendRange = SupportedTimes.range

    /// Seconds since the epoch for `text`, or nil when it is neither form.
    static func parse(_ text: String) -> Double? {
        let seconds = epochSeconds(text) ?? iso8601(text)
        guard let seconds, (0...latest).contains(seconds) else { return nil }
        return seconds
    }

    private static func epochSeconds(_ text: String) -> Double? {
        var scanner = TextScanner(text)
        guard scanner.digits() != nil else { return nil }
        if scanner.skip(UInt8(ascii: ".")) {
            guard scanner.digits(maximum: 9) != nil else { return nil }
        }
        guard scanner.isAtEnd else { return nil }
        return Double(text)
    }

    private static func iso8601(_ text: String) -> Double? {
        var scanner = TextScanner(text)
        guard let year = scanner.fixedDigits(4), scanner.skip(UInt8(ascii: "-")),
            let month = scanner.fixedDigits(2), scanner.skip(UInt8(ascii: "-")),
            let day = scanner.fixedDigits(2),
            let date = CivilDate(year: year, month: month, day: day),
            scanner.skip(UInt8(ascii: "T")) || scanner.skip(UInt8(ascii: "t")),
            let hour = scanner.fixedDigits(2), hour < 24, scanner.skip(UInt8(ascii: ":")),
            let minute = scanner.fixedDigits(2), minute < 60
        else { return nil }
        var second = 0.0
        if scanner.skip(UInt8(ascii: ":")) {
            guard let whole = scanner.fixedDigits(2), whole < 60 else { return nil }
            second = Double(whole)
            if scanner.skip(UInt8(ascii: ".")) || scanner.skip(UInt8(ascii: ",")) {
                guard let (fraction, count) = scanner.digits(maximum: 9) else { return nil }
                second += Double(fraction) / pow10(count)
            }
        }
        guard let offset = utcOffset(&scanner), scanner.isAtEnd else { return nil }
        let local = Double(date.daysSinceEpoch * 86_400 + hour * 3_600 + minute * 60) + second
        return local - Double(offset)
    }

    /// `Z`, `±HH:MM` or `±HHMM` as seconds east of UTC.
    private static func utcOffset(_ scanner: inout TextScanner) -> Int? {
        if scanner.skip(UInt8(ascii: "Z")) || scanner.skip(UInt8(ascii: "z")) { return 0 }
        let sign: Int
        if scanner.skip(UInt8(ascii: "+")) {
            sign = 1
        } else if scanner.skip(UInt8(ascii: "-")) {
            sign = -1
        } else {
            return nil
        }
        guard let hours = scanner.fixedDigits(2), hours < 24 else { return nil }
        _ = scanner.skip(UInt8(ascii: ":"))
        guard let minutes = scanner.fixedDigits(2), minutes < 60 else { return nil }
        return sign * (hours * 3_600 + minutes * 60)
    }

    private static func pow10(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1.0) { power, _ in power * 10 }
    }
}
