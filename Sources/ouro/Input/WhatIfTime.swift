/// `--at TIME`: the instant a read-only what-if acts at, in the forms `OURO_NOW` takes
/// (epoch seconds, or ISO 8601 with an offset).
struct WhatIfTime: Hashable, Sendable, ParsedArgument {
    /// Seconds since the Unix epoch.
    var seconds: Double

    /// Parses `text`, saying what is wrong when it does not parse.
    init(parsing text: String) throws(InputError) {
        guard let seconds = InstantText.parse(text) else {
            throw InputError(
                value: text,
                expected: "use epoch seconds (1715191200 or 1100.5) or ISO 8601 with an "
                    + "offset (2024-05-08T11:00:00-07:00 or 2024-05-08T18:00:00Z)")
        }
        self.seconds = seconds
    }
}
