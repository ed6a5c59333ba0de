/// `ouro watch --since`/`--until`: a day in the forms `log` and `score` take (`YYYY-MM-DD`,
/// `today`, `yesterday`), or an instant (epoch seconds, ISO 8601 with an offset).
///
/// Days go through ``DateArgument``, the one date parser every command shares.
enum WatchBound: Hashable, Sendable, ParsedArgument {
    /// A local day: from its midnight as `--since`, through its end as `--until`.
    case day(DateArgument)
    /// An exact instant, in seconds since the epoch.
    case instant(Double)

    /// Parses `text`, saying what is wrong when it does not parse.
    init(parsing text: String) throws(InputError) {
        if let day = DateArgument(argument: text) {
            self = .day(day)
        } else if let instant = InstantText.parse(text) {
            self = .instant(instant)
        } else {
            throw InputError(
                value: text,
                expected: "use a date like 2024-05-08, today or yesterday, or a time as epoch "
                    + "seconds or ISO 8601 with an offset, like 2024-05-08T11:00:00-07:00")
        }
    }

    /// The first instant it admits, as `--since`.
    func first(in context: CommandContext) -> Double {
        switch self {
        case .day(let day): context.day(day).start
        case .instant(let instant): instant
        }
    }

    /// The last instant it admits, as `--until`.
    func last(in context: CommandContext) -> Double {
        switch self {
        case .day(let day): context.day(day).last
        case .instant(let instant): instant
        }
    }
}
