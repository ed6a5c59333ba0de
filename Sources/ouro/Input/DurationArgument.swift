import OuroCore

/// A length of time typed as hours, minutes and seconds: `25m`, `1h30m`, `90s`, `2h`.
///
/// Units come in the order h, m, s, each at most once, and every number has a unit — a
/// bare `25` could mean minutes or seconds, so it is refused rather than guessed. Zero is
/// refused (no estimate or pomodoro is zero long), and so is anything over 10 000 hours,
/// which keeps later arithmetic far from overflow.
struct DurationArgument: Hashable, Sendable, ParsedArgument {
    /// The length in whole seconds, at least 1.
    var seconds: Int

    /// The longest accepted duration, in seconds: the longest estimate (10 000 hours).
    static let maximumSeconds = Int(Estimate.longestDuration)

    private static let expected = "use a number with h, m or s, like 25m, 1h30m, 90s or 2h"

    /// Parses `text`, saying what is wrong when it does not parse.
    init(parsing text: String) throws(InputError) {
        var scanner = TextScanner(text)
        var total = 0
        var remainingUnits: [(UInt8, Int)] = [
            (UInt8(ascii: "h"), 3_600), (UInt8(ascii: "m"), 60), (UInt8(ascii: "s"), 1),
        ]
        let failure = InputError(value: text, expected: Self.expected)
        repeat {
            guard let (number, _) = scanner.digits(), let unit = scanner.next(),
                let index = remainingUnits.firstIndex(where: { $0.0 == unit })
            else { throw failure }
            let (part, overflow) = number.multipliedReportingOverflow(by: remainingUnits[index].1)
            guard !overflow, part <= Self.maximumSeconds else { throw Self.tooLong(text) }
            total += part
            remainingUnits.removeFirst(index + 1)
        } while !scanner.isAtEnd
        guard total > 0 else {
            throw InputError(value: text, expected: "a duration must be longer than zero")
        }
        guard total <= Self.maximumSeconds else { throw Self.tooLong(text) }
        seconds = total
    }

    private static func tooLong(_ text: String) -> InputError {
        InputError(value: text, expected: "a duration must be at most 10000h")
    }

}
