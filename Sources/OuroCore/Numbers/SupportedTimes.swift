/// The instants ouro works with: the years 1970 to 2200 (through 2200-12-31T23:59:59Z).
///
/// One range for what a user may pretend (`OURO_NOW`) and what the store may hold: a time far
/// beyond it would make a command catch up on centuries of work hours, and a stored one is a
/// corrupt row.
public enum SupportedTimes {
    /// Seconds since the Unix epoch, from 1970-01-01T00:00:00Z to 2200-12-31T23:59:59Z.
    public static let range: ClosedRange<Double> = 0...7_289_654_399
}
