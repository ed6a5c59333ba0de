extension CivilTime: Codable {
    private enum CodingKeys: String, CodingKey { case instant, zone }

    /// Decodes `{"instant":…,"zone":"…"}` and reads the instant in the zone again.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            instant: try container.decode(Double.self, forKey: .instant),
            zone: try container.decode(Zone.self, forKey: .zone))
    }

    /// Encodes as `{"instant":…,"zone":"…"}`; the reading is derived, so it is not stored.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(instant, forKey: .instant)
        try container.encode(zone, forKey: .zone)
    }
}
