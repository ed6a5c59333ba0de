import TimerTree

/// A day named on the command line: `YYYY-MM-DD`, `today` or `yesterday`.
///
/// `today` and `yesterday` stay symbolic until a command knows "now" and the local zone
/// (`OURO_NOW` and `TZ`), so parsing never reads the clock.
enum DateArgument: Hashable, Sendable, ParsedArgument {
    /// The local day containing now.
    case today
    /// The local day before today.
    case yesterday
    /// A calendar date.
    case on(CivilDate)

    /// Parses `text`, saying what is wrong when it does not parse.
    init(parsing text: String) throws(InputError) {
        switch text.lowercased() {
        case "today":
            self = .today
        case "yesterday":
            self = .yesterday
        default:
            var scanner = TextScanner(text)
            guard let year = scanner.fixedDigits(4), scanner.skip(UInt8(ascii: "-")),
                let month = scanner.fixedDigits(2), scanner.skip(UInt8(ascii: "-")),
                let day = scanner.fixedDigits(2), scanner.isAtEnd,
                let date = CivilDate(year: year, month: month, day: day)
            else {
                throw InputError(
                    value: text, expected: "use a date like 2024-05-08, or today or yesterday")
            }
            self = .on(date)
        }
    }

    /// The calendar date meant, given the local date of today.
    func resolved(today: CivilDate) -> CivilDate {
        switch self {
        case .today: today
        case .yesterday: today.adding(days: -1)
        case .on(let date): date
        }
    }
}
