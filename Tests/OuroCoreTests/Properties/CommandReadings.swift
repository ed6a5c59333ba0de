import OuroCore

/// The numbers `ouro status --json`, `ouro score` and `ouro sessions` print, computed from a
/// model exactly the way each command computes them.
///
/// `status` (`StatusReport.init`): `score.session` is the active session's score from its
/// start through now, `score.today` the score of today's window. `score` (`Score.run`): the
/// score of the day's window, and the sums of `idealScore(of:)` and `perfectScore(of:)` over
/// the sessions overlapping the day. `sessions` (`Sessions.run`): each session's score over
/// its whole span. All go through `Nexus.score(from:through:)`; on a real store they differ
/// only in the working set each command loads (see `DailyUseEndToEndTests`).
struct CommandReadings: Sendable {
    /// `status --json`'s `score.session`; nil outside a session.
    var statusSession: Double?
    /// `status --json`'s `score.today`.
    var statusToday: Double
    /// `score --json`'s `score` for today.
    var score: Double
    /// `score --json`'s `ideal` for today.
    var ideal: Double
    /// `score --json`'s `perfect` for today.
    var perfect: Double
    /// `sessions --json`'s `score` of the active session; nil outside a session.
    var sessionsScore: Double?
    /// How many sessions `score` sums for today.
    var sessionsToday: Int

    /// The readings of `model` (already advanced to `now`) with `today` as the local day.
    init(model: Nexus, now: Double, today: LocalDay) {
        let session = model.activeSession
        statusSession = session.map { model.score(from: $0.start, through: now) }
        statusToday = model.score(from: today.start, through: today.last)
        let sessions = model.sessions(overlapping: today.start, today.last)
        score = model.score(from: today.start, through: today.last)
        ideal = sessions.reduce(0) { $0 + model.idealScore(of: $1) }
        perfect = sessions.reduce(0) { $0 + model.perfectScore(of: $1) }
        sessionsScore = session.map { model.score(from: $0.start, through: $0.end) }
        sessionsToday = sessions.count
    }
}
