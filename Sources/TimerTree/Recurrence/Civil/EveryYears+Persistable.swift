extension EveryYears: PersistableRule {
    private enum CodingKeys: String, CodingKey { case years, month, day, time }

    /// The code saved with the rule: `everyYears`.
    public static var typeCode: String { "everyYears" }

    /// Decodes `{"years":…,"month":…,"day":…,"time":{…}}`, refusing a day no year has.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let years = try container.decode(Int.self, forKey: .years)
        let month = try container.decode(Int.self, forKey: .month)
        let day = try container.decode(Int.self, forKey: .day)
        guard years >= 1, CivilDate(year: 2000, month: month, day: day) != nil else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "every \(years) years on \(month)-\(day)"))
        }
        self.init(
            years, month: month, day: day, at: try container.decode(WallTime.self, forKey: .time))
    }

    /// Encodes as `{"years":…,"month":…,"day":…,"time":{…}}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(years, forKey: .years)
        try container.encode(month, forKey: .month)
        try container.encode(day, forKey: .day)
        try container.encode(time, forKey: .time)
    }
}
