import ArgumentParser
import TimerTree

extension WallTime: ParsedArgument {
    /// Parses a 24-hour `HH:MM` (`09:00`, `9:00`, `17:30`); `24:00` is not a time of day
    /// (it is accepted only as the end of a ``TimeRange``).
    init(parsing text: String) throws(InputError) {
        guard let time = WallTime.parse(text) else {
            throw InputError(value: text, expected: "use a 24-hour time like 09:00 or 17:30")
        }
        self = time
    }

    /// The time a command-line argument names, or nil so the parser reports it (exit 64).
    public init?(argument: String) {
        guard let time = WallTime.parse(argument) else { return nil }
        self = time
    }

    /// The time `text` names, or nil.
    static func parse(_ text: some StringProtocol) -> WallTime? {
        var scanner = TextScanner(String(text))
        guard let (hour, _) = scanner.digits(minimum: 1, maximum: 2),
            scanner.skip(UInt8(ascii: ":")),
            let minute = scanner.fixedDigits(2), scanner.isAtEnd
        else { return nil }
        return WallTime(hour: hour, minute: minute)
    }
}
