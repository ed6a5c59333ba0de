/// Something that happened in the model, reported in time order to an observer: hooks,
/// `ouro watch` and the HUD are fed from these.
public enum NexusEvent: Sendable, Hashable {
    /// An interval began (a start prompt's record carries its points).
    case intervalStarted(IntervalRecord)
    /// Where the running interval stands at the end of an advance.
    case intervalProgressed(IntervalRecord, at: Double, fraction: Double)
    /// An interval ended (its record has its final end).
    case intervalEnded(IntervalRecord)
    /// A pomodoro ended without an evaluation; it is now awaiting review.
    case awaitingReview(IntervalRecord)
    /// A session began.
    case sessionStarted(SessionRecord)
    /// A session ended.
    case sessionEnded(SessionRecord)

    /// When it happened; compare with the wall clock to tell how late it is delivered.
    public var time: Double {
        switch self {
        case .intervalStarted(let interval): interval.start
        case .intervalProgressed(_, let at, _): at
        case .intervalEnded(let interval), .awaitingReview(let interval): interval.end
        case .sessionStarted(let session): session.start
        case .sessionEnded(let session): session.end
        }
    }
}

/// Receives the model's events in order, synchronously, while a call is running.
public typealias NexusObserver = (NexusEvent) -> Void
