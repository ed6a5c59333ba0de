extension HUDState {
    /// Today's session as the day line shows it.
    public struct Session: Equatable, Sendable {
        /// When the session starts.
        public var start: Double
        /// When the session ends.
        public var end: Double
        /// ``start`` on the wall clock, e.g. `"09:00"`.
        public var startClock: String
        /// ``end`` on the wall clock, e.g. `"17:00"`.
        public var endClock: String
        /// What happened so far, in any order; time not covered by a segment shows as idle.
        public var segments: [Segment]
        /// The points scored in this session so far.
        public var score: Double
        /// The perfect score of this session (the model's ideal future from its start).
        public var perfectScore: Double
        /// How many pomodoros still fit before the session ends.
        public var pomodorosThatFit: Int

        /// A session.
        public init(
            start: Double, end: Double, startClock: String, endClock: String,
            segments: [Segment] = [], score: Double = 0, perfectScore: Double = 0,
            pomodorosThatFit: Int = 0
        ) {
            self.start = start
            self.end = end
            self.startClock = startClock
            self.endClock = endClock
            self.segments = segments
            self.score = score
            self.perfectScore = perfectScore
            self.pomodorosThatFit = pomodorosThatFit
        }
    }

    /// One stretch of the day line.
    public struct Segment: Equatable, Sendable {
        /// What the stretch was.
        public var kind: SegmentKind
        /// When it started.
        public var start: Double
        /// When it ended (or now, for the running interval).
        public var end: Double

        /// A segment.
        public init(_ kind: SegmentKind, start: Double, end: Double) {
            self.kind = kind
            self.start = start
            self.end = end
        }
    }

    /// What a day-line segment was; pomodoros carry their evaluation, if any.
    public enum SegmentKind: Equatable, Sendable {
        /// A pomodoro; nil while it is running or not yet evaluated.
        case pomodoro(Evaluation?)
        /// A break.
        case breakTime
        /// Time in the session with nothing running (prompts, grace that expired).
        case idle
    }

    /// A pomodoro's evaluation, as the model scores it.
    public enum Evaluation: String, CaseIterable, Equatable, Sendable {
        /// Distracted: 0.1 points.
        case distracted
        /// Interrupted: 0.2 points.
        case interrupted
        /// Focused: 1 point.
        case focused
        /// Achieved: 1.25 points and the intention is complete.
        case achieved
    }
}
