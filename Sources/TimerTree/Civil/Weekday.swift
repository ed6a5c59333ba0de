/// A day of the week, numbered as ISO 8601 does (Monday is 1, Sunday is 7).
///
/// ISO numbering keeps ranges such as `mon-fri` contiguous; C's `tm_wday` (Sunday is 0)
/// is converted at the boundary with ``init(tmWeekday:)``.
public enum Weekday: Int, CaseIterable, Comparable, Hashable, Sendable, Codable {
    case monday = 1
    case tuesday, wednesday, thursday, friday, saturday, sunday

    /// The weekday for C's `tm_wday`, where Sunday is 0 and Saturday is 6.
    public init(tmWeekday: Int) {
        self = tmWeekday == 0 ? .sunday : Weekday(rawValue: tmWeekday)!
    }

    /// The three-letter English abbreviation used on the command line (`mon` … `sun`).
    public var abbreviation: String {
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][rawValue - 1]
    }

    /// The abbreviation as a heading or a sentence shows it (`Mon` … `Sun`).
    public var title: String {
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][rawValue - 1]
    }

    /// Orders weekdays from Monday to Sunday.
    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}
