import TimerTree

/// The daily span of a work-hours rule or a one-off session: `09:00-17:00`.
///
/// The end may be `24:00` (midnight at the end of the day). An end at or before the start
/// means the span runs past midnight (`22:00-02:00`), which night shifts need; whether a
/// rule may do that is the model's decision. `00:00-24:00` is a whole day; a span whose
/// start and end are the same clock reading otherwise is empty and refused.
struct TimeRange: Hashable, Sendable, ParsedArgument {
    /// When the span starts on the wall clock.
    var start: WallTime
    /// How long the span lasts, in seconds: 60 to 86 400.
    var seconds: Int

    /// When the span ends on the wall clock (`00:00` for `24:00`).
    var end: WallTime {
        let endSeconds = (start.secondsSinceMidnight + seconds) % 86_400
        return WallTime(hour: endSeconds / 3_600, minute: endSeconds % 3_600 / 60)!
    }

    /// Whether the span ends on the next day.
    var crossesMidnight: Bool { start.secondsSinceMidnight + seconds > 86_400 }

    private static let expected = "use a 24-hour range like 09:00-17:00 (the end may be 24:00)"

    /// Parses `text`, saying what is wrong when it does not parse.
    init(parsing text: String) throws(InputError) {
        let ends = text.split(separator: "-", omittingEmptySubsequences: false)
        guard ends.count == 2, let start = WallTime.parse(ends[0]) else {
            throw InputError(value: text, expected: Self.expected)
        }
        let endSeconds: Int
        if ends[1] == "24:00" {
            endSeconds = 86_400
        } else if let end = WallTime.parse(ends[1]) {
            endSeconds = end.secondsSinceMidnight
        } else {
            throw InputError(value: text, expected: Self.expected)
        }
        let length = (endSeconds - start.secondsSinceMidnight + 86_400) % 86_400
        let wholeDay = start.secondsSinceMidnight == 0 && endSeconds == 86_400
        guard length > 0 || wholeDay else {
            throw InputError(value: text, expected: "the start and end must differ")
        }
        self.start = start
        seconds = wholeDay ? 86_400 : length
    }

}
