/// An invariant found broken after one step of a simulated day.
struct DailyUseViolation: Sendable, Hashable {
    /// Which invariant.
    var invariant: DailyUseInvariant
    /// The index of the step (in the command list) after which it was found.
    var step: Int
    /// What was seen, with the numbers.
    var detail: String
}
