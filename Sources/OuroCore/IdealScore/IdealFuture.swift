/// The points a perfect user would still earn: start at once, continue at every grace
/// period's start, evaluate every pomodoro *achieved* at its end.
///
/// Runs on a slim state — the streak plan, a clock, the intention counter and a points
/// accumulator — never on a copy of the model, so its cost depends on the span simulated and
/// the streak rules, not on years of history.
struct IdealFuture: Sendable {
    /// Where the simulation starts.
    enum Origin: Sendable {
        /// Idle (or in a start prompt): a new streak starts at once.
        case idle
        /// Inside a running pomodoro that has this index, started and ends at these times,
        /// for an intention that will then have had this many pomodoros and whose estimates
        /// are worth `accuracy` points when it is achieved at `end`.
        case pomodoro(
            index: Int, start: Double, end: Double, intentionPomodoros: Int, accuracy: Double)
        /// Inside a break of the live streak, started and ending at these times.
        case rest(start: Double, end: Double)
        /// Inside a grace period that started at this time.
        case grace(start: Double)
    }

    /// The phase the simulated user is in.
    private enum Phase {
        case idle
        case pomodoro(
            index: Int, start: Double, end: Double, intentionPomodoros: Int, accuracy: Double)
        case rest(start: Double, end: Double)
        case grace(start: Double, length: Double)
    }

    /// The summed points of the events inside the window.
    private(set) var points = 0.0
    /// The time of the latest counted event; nil when none counted.
    private(set) var lastEventTime: Double?

    /// Simulates from `time` until past `windowEnd`, counting the events whose own time is
    /// inside `[windowStart, windowEnd]` (as ``Nexus/scoreEvents(from:through:)`` does).
    ///
    /// - Parameters:
    ///   - streak: the live streak to continue (with `origin` not idle); nil starts fresh.
    ///   - intentionsCreated: the count so far, for the placeholder intentions' points.
    /// - Complexity: O(intervals simulated), about (windowEnd − time) / 5 minutes with the
    ///   standard rules.
    init(
        from time: Double, origin: Origin = .idle, streak: StreakPosition? = nil,
        windowStart: Double, windowEnd: Double, rules: StreakRules, intentionsCreated: Int
    ) {
        var clock = time
        var created = intentionsCreated
        var steps = streak?.remaining ?? []
        var next = 0
        var pomodoros = streak?.pomodoros ?? 0
        var phase: Phase
        switch origin {
        case .idle: phase = .idle
        case .pomodoro(let index, let start, let end, let count, let accuracy):
            phase = .pomodoro(
                index: index, start: start, end: end, intentionPomodoros: count,
                accuracy: accuracy)
        case .rest(let start, let end): phase = .rest(start: start, end: end)
        case .grace(let start):
            let length = steps.first?.length ?? 0
            next = 1
            phase = length > 0 ? .grace(start: start, length: length) : .idle
        }

        /// Adds points that count at `eventTime`.
        func count(_ value: Double, at eventTime: Double) {
            guard windowStart <= eventTime, eventTime <= windowEnd, value != 0 else { return }
            points += value
            lastEventTime = max(lastEventTime ?? eventTime, eventTime)
        }

        /// The phase after an interval ending at `end`: the plan's next step, or idle.
        func following(at end: Double) -> Phase {
            guard next < steps.count else { return .idle }
            let step = steps[next]
            next += 1
            switch step.kind {
            case .break: return .rest(start: end, end: end + step.length)
            case .pomodoro: return .grace(start: end, length: step.length)
            }
        }

        while clock <= windowEnd {
            switch phase {
            case .idle:
                steps = rules.steps
                next = 1
                pomodoros = 0
                phase = .grace(start: clock, length: steps[0].length)
            case .grace(let start, let length):
                created += 1
                count(ScoreRules.intentionCreated(ordinal: created), at: start)
                count(ScoreRules.intentionSet(indexInStreak: pomodoros), at: start)
                phase = .pomodoro(
                    index: pomodoros, start: start, end: start + length, intentionPomodoros: 1,
                    accuracy: 0)
                pomodoros += 1
            case .pomodoro(_, _, let end, let intentionPomodoros, let accuracy):
                clock = end
                count(
                    EvaluationResult.achieved.points
                        + ScoreRules.intentionCompleted(pomodoros: intentionPomodoros)
                        + accuracy,
                    at: end)
                phase = following(at: end)
            case .rest(_, let end):
                clock = end
                count(1, at: end)
                phase = following(at: end)
            }
        }
    }
}
