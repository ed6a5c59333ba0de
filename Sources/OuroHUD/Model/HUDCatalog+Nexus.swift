import OuroCore
import TimerTree

extension HUDCatalog {
    /// The catalog for `nexus` at `now`: every loaded intention (newest first) and the
    /// pomodoros that started today in `zone`.
    ///
    /// - Complexity: O(loaded intentions + log intervals + today's intervals).
    public init(nexus: Nexus, now: Double, zone: Zone) {
        let intentions = nexus.intentions.reversed().map { intention in
            IntentionItem(
                id: intention.id, title: intention.title, pomodoros: intention.pomodoroIDs.count,
                status: intention.isAbandoned
                    ? .abandoned : intention.isCompleted ? .completed : .open)
        }
        let today = nexus.intervals(from: zone.startOfDay(containing: now), through: now)
        let pomodoros = today.filter { $0.kind == .pomodoro }.map { pomodoro in
            PomodoroItem(
                id: pomodoro.id,
                title: pomodoro.intentionID.flatMap { nexus.intention($0)?.title } ?? "",
                startClock: WallClock.time(pomodoro.start, in: zone),
                evaluation: pomodoro.evaluation.map { HUDState.Evaluation($0.result) })
        }
        self.init(
            intentions: intentions, pomodoros: pomodoros,
            latestPomodoroID: nexus.latestPomodoro?.id, awaitingReviewID: nexus.awaitingReview?.id,
            breakEnd: nexus.currentInterval.flatMap { $0.kind == .break ? $0.end : nil })
    }
}
