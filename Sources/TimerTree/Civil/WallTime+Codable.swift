extension WallTime {
    private enum CodingKeys: String, CodingKey { case hour, minute, second }

    /// Decodes `{"hour":…,"minute":…,"second":…}`, rejecting a reading no clock shows (saved
    /// schedules and work hours come from files a person may edit).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let hour = try container.decode(Int.self, forKey: .hour)
        let minute = try container.decode(Int.self, forKey: .minute)
        let second = try container.decode(Int.self, forKey: .second)
        guard let time = WallTime(hour: hour, minute: minute, second: second) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "no such wall time: \(hour):\(minute):\(second)"))
        }
        self = time
    }

    /// Encodes as `{"hour":…,"minute":…,"second":…}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(hour, forKey: .hour)
        try container.encode(minute, forKey: .minute)
        try container.encode(second, forKey: .second)
    }
}
