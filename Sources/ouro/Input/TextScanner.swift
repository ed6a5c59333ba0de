/// A cursor over ASCII text for the hand-written parsers of times, dates and durations.
///
/// Foundation's formatters are not available to product targets, and these grammars are
/// small enough that a scanner states them more plainly than a regular expression.
struct TextScanner {
    private let bytes: [UInt8]
    private var position = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    /// Whether every byte has been consumed.
    var isAtEnd: Bool { position == bytes.count }

    /// The next byte, without consuming it.
    var peek: UInt8? { isAtEnd ? nil : bytes[position] }

    /// Consumes `byte` if it is next.
    mutating func skip(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        position += 1
        return true
    }

    /// Consumes and returns the next byte.
    mutating func next() -> UInt8? {
        guard let byte = peek else { return nil }
        position += 1
        return byte
    }

    /// Consumes a run of decimal digits (at least `minimum`, at most `maximum`) and returns
    /// their value and count; nil when fewer than `minimum` digits are next or the value
    /// overflows `Int`.
    mutating func digits(minimum: Int = 1, maximum: Int = .max) -> (value: Int, count: Int)? {
        var value = 0
        var count = 0
        while count < maximum, let byte = peek,
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        {
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            guard !overflow1, !overflow2 else { return nil }
            value = sum
            count += 1
            position += 1
        }
        return count >= minimum ? (value, count) : nil
    }

    /// Consumes exactly `count` digits.
    mutating func fixedDigits(_ count: Int) -> Int? {
        digits(minimum: count, maximum: count)?.value
    }
}
