import TimerTree

/// The days a work-hours rule applies on: `mon-fri`, `mon,wed,fri`, `weekdays`, `daily`….
///
/// Items are separated by commas and may be a day (`mon` or `monday`, any case), a range
/// of days, or one of the words `weekdays` (Monday to Friday), `weekends` (Saturday and
/// Sunday) and `daily`. A range runs forward through the week and wraps past Sunday, so
/// `fri-mon` is Friday, Saturday, Sunday and Monday, and `sun-thu` is a week that starts
/// on Sunday; `mon-mon` is just Monday.
struct WorkDays: Hashable, Sendable, ParsedArgument {
    /// The days named, at least one.
    var days: Set<Weekday>

    private static let expected =
        "use days like mon, mon-fri, mon,wed,fri, weekdays, weekends or daily"

    /// Parses `text`, saying what is wrong when it does not parse.
    init(parsing text: String) throws(InputError) {
        var days: Set<Weekday> = []
        let items = text.lowercased().split(separator: ",", omittingEmptySubsequences: false)
        for item in items {
            guard let named = Self.days(in: item) else {
                throw InputError(value: text, expected: Self.expected)
            }
            days.formUnion(named)
        }
        self.days = days
    }

    private static func days(in item: Substring) -> Set<Weekday>? {
        switch item {
        case "weekdays": return [.monday, .tuesday, .wednesday, .thursday, .friday]
        case "weekends": return [.saturday, .sunday]
        case "daily": return Set(Weekday.allCases)
        default: break
        }
        let ends = item.split(separator: "-", omittingEmptySubsequences: false)
        switch ends.count {
        case 1:
            return day(named: ends[0]).map { [$0] }
        case 2:
            guard let first = day(named: ends[0]), let last = day(named: ends[1]) else {
                return nil
            }
            let count = (last.rawValue - first.rawValue + 7) % 7 + 1
            return Set((0..<count).map { Weekday(rawValue: (first.rawValue - 1 + $0) % 7 + 1)! })
        default:
            return nil
        }
    }

    private static let fullNames = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    private static func day(named name: Substring) -> Weekday? {
        Weekday.allCases.first { $0.abbreviation == name || fullNames[$0.rawValue - 1] == name }
    }
}
