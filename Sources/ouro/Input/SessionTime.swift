import TimerTree

/// When a one-off session starts or ends: a wall time today (`14:00`) or a full instant
/// (epoch seconds or ISO 8601 with an offset, as `OURO_NOW` takes them).
enum SessionTime: Hashable, Sendable {
    /// A wall time on the local day of now.
    case wall(WallTime)
    /// An instant.
    case instant(Double)

    /// Parses `text`, saying what is wrong when it does not parse.
    init(parsing text: String) throws(InputError) {
        if let time = WallTime.parse(text) {
            self = .wall(time)
        } else if let instant = InstantText.parse(text) {
            self = .instant(instant)
        } else {
            throw InputError(
                value: text,
                expected: "use a 24-hour time like 14:00, epoch seconds or ISO 8601 with an offset")
        }
    }

    /// The instant meant, on `day` in `zone` for a wall time.
    func resolved(on day: DayWindow, zone: Zone) -> Double {
        switch self {
        case .wall(let time): zone.instant(of: CivilDateTime(date: day.date, time: time))
        case .instant(let instant): instant
        }
    }
}
