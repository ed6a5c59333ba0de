/// A guess at how long an intention will take, and when it was made.
public struct Estimate: Codable, Sendable, Hashable {
    /// The estimated total pomodoro time, in seconds.
    public var duration: Double
    /// When the estimate was made; earlier estimates earn more accuracy points.
    public var madeAt: Double
    /// Whether this estimate earns its point.
    ///
    /// Decided when it is made (within the intention's pomodoros-so-far + 1 allowance), so
    /// later pomodoros never rescore the past and a store need not reload old estimates.
    public var earnsPoint: Bool

    /// The longest estimate anyone can type, 10 000 hours, in seconds.
    ///
    /// Far beyond any real task, and far enough below `Int.max` seconds that every later sum
    /// and conversion to whole seconds stays exact; the HUD and the command line refuse more.
    public static let longestDuration: Double = 10_000 * 3_600

    /// An estimate of a duration made at a time.
    public init(duration: Double, madeAt: Double, earnsPoint: Bool) {
        self.duration = duration
        self.madeAt = madeAt
        self.earnsPoint = earnsPoint
    }
}
