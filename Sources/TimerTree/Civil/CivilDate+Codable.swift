extension CivilDate: Codable {
    private enum CodingKeys: String, CodingKey { case year, month, day }

    /// Decodes `{"year":…,"month":…,"day":…}`, rejecting a date that does not exist.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let year = try container.decode(Int.self, forKey: .year)
        let month = try container.decode(Int.self, forKey: .month)
        let day = try container.decode(Int.self, forKey: .day)
        guard let date = CivilDate(year: year, month: month, day: day) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "no such date: \(year)-\(month)-\(day)"))
        }
        self = date
    }

    /// Encodes as `{"year":…,"month":…,"day":…}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(year, forKey: .year)
        try container.encode(month, forKey: .month)
        try container.encode(day, forKey: .day)
    }
}
