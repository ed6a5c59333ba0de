extension EveryDays: PersistableRule {
    private enum CodingKeys: String, CodingKey { case days, time }

    /// The code saved with the rule: `everyDays`.
    public static var typeCode: String { "everyDays" }

    /// Decodes `{"days":…,"time":{…}}`, refusing fewer than 1 day.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let days = try container.decode(Int.self, forKey: .days)
        guard days >= 1 else {
            throw DecodingError.dataCorruptedError(
                forKey: .days, in: container, debugDescription: "every \(days) days")
        }
        self.init(days, at: try container.decode(WallTime.self, forKey: .time))
    }

    /// Encodes as `{"days":…,"time":{…}}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(days, forKey: .days)
        try container.encode(time, forKey: .time)
    }
}
