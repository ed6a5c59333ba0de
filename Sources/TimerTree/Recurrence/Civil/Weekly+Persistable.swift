extension Weekly: PersistableRule {
    private enum CodingKeys: String, CodingKey { case weekdays, time }

    /// The code saved with the rule: `weekly`.
    public static var typeCode: String { "weekly" }

    /// Decodes `{"weekdays":[1,3,5],"time":{…}}` (ISO numbers), refusing an empty list.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let weekdays = try container.decode([Weekday].self, forKey: .weekdays)
        guard !weekdays.isEmpty else {
            throw DecodingError.dataCorruptedError(
                forKey: .weekdays, in: container, debugDescription: "no weekdays")
        }
        self.init(on: Set(weekdays), at: try container.decode(WallTime.self, forKey: .time))
    }

    /// Encodes as `{"weekdays":[…],"time":{…}}`, weekdays sorted so equal rules save alike.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(weekdays.sorted(), forKey: .weekdays)
        try container.encode(time, forKey: .time)
    }
}
