/// The invariants issue #10's property test checks after every step of a simulated day
/// (model.md is the contract for each).
enum DailyUseInvariant: String, CaseIterable, Sendable, Hashable {
    /// Sessions sorted by start never overlap: each ends at or before the next starts.
    case sessionsNeverOverlap
    /// At the instant advanced to, inside an active session, a streak interval (pomodoro,
    /// break, grace period) or a start prompt runs, unless no points remain at stake.
    case noIdleInstantWithPointsAtStake
    /// A day before the current one changes its score only when one of its pomodoros is
    /// re-evaluated, and then only by the replaced evaluation's own events.
    case pastDaysChangeOnlyByReevaluation
    /// A start prompt's `pointsBeforeLoss` equals its session's ideal score at that instant.
    case promptPointsEqualTheIdeal
    /// The numbers `ouro status --json` shows agree with those `ouro score` and `ouro sessions`
    /// show at the same instant.
    case statusAgreesWithScore
}
