import OuroCore

/// What `ouro status` reports: the model at one moment, reduced to the spec's fields.
///
/// Built once, inside the run's transaction, then rendered by ``StatusReport/json``,
/// ``StatusReport/line(zone:)`` or a ``StatusTemplate`` — the one place status output
/// is formatted.
struct StatusReport: Sendable, Hashable {
    /// An intention as status output names it.
    struct IntentionRef: Sendable, Hashable {
        /// Its id.
        var id: Int
        /// Its title.
        var title: String
    }

    /// The time reported on.
    var now: Double
    /// `idle`, `startPrompt`, `pomodoro`, `break` or `gracePeriod`.
    var kind: String
    /// When the current interval started (for idle: now).
    var start: Double
    /// When it ends; for idle, when the next session starts; nil when nothing is ahead.
    var end: Double?
    /// How far through it now is, 0 to 1.
    var progress: Double
    /// The pomodoro's intention.
    var intention: IntentionRef?
    /// The pomodoro's 0-based index in its streak.
    var indexInStreak: Int?
    /// A start prompt's points if a pomodoro starts now.
    var pointsBeforeLoss: Double?
    /// A start prompt's points once it has expired.
    var pointsAfterLoss: Double?
    /// The active session.
    var session: SessionRecord?
    /// The latest unevaluated pomodoro and its intention.
    var awaitingReview: (pomodoro: Int, intention: IntentionRef?)?
    /// Points earned in the active session so far (nil without one).
    var sessionScore: Double?
    /// Points earned today so far.
    var todayScore: Double

    /// What remains of the current interval, or until the next session when idle.
    var remaining: Double? { end.map { max(0, $0 - now) } }

    /// The report on `model`, advanced to `now`, with `today` as the local day.
    init(model: Nexus, now: Double, today: DayWindow) {
        self.now = now
        func reference(_ id: Int?) -> IntentionRef? {
            id.flatMap { model.intention($0) }.map { IntentionRef(id: $0.id, title: $0.title) }
        }
        if let current = model.currentInterval {
            kind = current.kind.rawValue
            start = current.start
            end = current.end
            progress = current.progress(at: now)
            intention = reference(current.intentionID)
            indexInStreak = current.kind == .pomodoro ? current.indexInStreak : nil
            pointsBeforeLoss = current.pointsBeforeLoss
            pointsAfterLoss = current.pointsAfterLoss
        } else {
            kind = "idle"
            start = now
            end = model.nextSessionStart(after: now)
            progress = 0
        }
        session = model.activeSession
        if let review = model.awaitingReview {
            awaitingReview = (review.number ?? review.id, reference(review.intentionID))
        }
        sessionScore = session.map { model.score(from: $0.start, through: now) }
        todayScore = model.score(from: today.start, through: today.last)
    }

    static func == (lhs: StatusReport, rhs: StatusReport) -> Bool { lhs.json == rhs.json }

    func hash(into hasher: inout Hasher) { hasher.combine(json) }
}
