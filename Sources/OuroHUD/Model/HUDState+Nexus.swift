import OuroCore
import TimerTree

extension HUDState {
    /// The state the HUD shows for `nexus` at `now`, with clocks in `zone`.
    ///
    /// `nexus` should already be advanced to `now` (the event loop advances the store's
    /// model, then builds); a model behind `now` is advanced on a copy, so the state is
    /// right either way. Kind, times and title come from the running interval; a start
    /// prompt's ``Loss`` from its points and end; the day line from today's session (see
    /// ``HUDState/Session/init(nexus:now:zone:)``).
    public init(nexus: Nexus, now: Double, zone: Zone, options: HUDOptions = HUDOptions()) {
        var model = nexus
        if (model.now ?? -.infinity) < now { model.advance(to: now) }
        let current = model.currentInterval
        let session = Session(nexus: model, now: now, zone: zone)
        let kind = Kind(current?.kind)
        let start = current?.start ?? Self.idleStart(model, now: now)
        let end = current?.end
        self.init(
            kind: kind, start: start, end: end, now: now,
            endClock: end.map { WallClock.time($0, in: zone) } ?? "",
            title: Self.title(kind: kind, current: current, nexus: model, now: now, zone: zone),
            loss: current.flatMap { Self.loss($0, zone: zone) },
            session: session,
            awaitingEvaluation: model.awaitingReview != nil,
            showsSeconds: options.showsSeconds, pulse: options.pulse)
    }

    /// When idle time began: the end of the latest interval or session before `now`, so
    /// the pulse keeps its rhythm from there; `now` when nothing came before.
    private static func idleStart(_ nexus: Nexus, now: Double) -> Double {
        var start = -Double.infinity
        if let last = nexus.intervals.last, last.end <= now { start = last.end }
        for session in nexus.sessions where session.end <= now { start = max(start, session.end) }
        return start.isFinite ? start : now
    }

    /// What the middle of the ring says: the intention while a pomodoro runs, otherwise
    /// what to do now.
    private static func title(
        kind: Kind, current: IntervalRecord?, nexus: Nexus, now: Double, zone: Zone
    ) -> String {
        switch kind {
        case .pomodoro:
            return current?.intentionID.flatMap { nexus.intention($0)?.title } ?? "Pomodoro"
        case .breakTime:
            return "Break — stand up and look away"
        case .gracePeriod:
            return "Continue the streak: press s"
        case .startPrompt:
            return "Start a pomodoro: press s"
        case .idle:
            if nexus.activeSession != nil { return "Idle: press s to start a pomodoro" }
            guard let next = nexus.nextSessionStart(after: now) else {
                return "Outside work hours"
            }
            return "Work hours start at " + WallClock.timeAndWeekday(next, in: zone)
        }
    }

    /// A start prompt's loss: its points before and after, and its end (the next loss).
    private static func loss(_ interval: IntervalRecord, zone: Zone) -> Loss? {
        guard interval.kind == .startPrompt else { return nil }
        return Loss(
            pointsBefore: interval.pointsBeforeLoss ?? 0,
            pointsAfter: interval.pointsAfterLoss ?? 0,
            at: interval.end, clock: WallClock.time(interval.end, in: zone))
    }
}
