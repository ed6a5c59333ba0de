extension WallTime {
    /// The wall time as `HH:MM`, 24-hour (`09:00`, `17:30`), as ouro shows it everywhere.
    public var hourAndMinute: String {
        Self.twoDigits(hour) + ":" + Self.twoDigits(minute)
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
