extension HUDCatalog {
    /// One intention as the pickers and the list show it.
    public struct IntentionItem: Equatable, Sendable {
        /// The intention's id.
        public var id: Int
        /// Its title.
        public var title: String
        /// How many pomodoros it has had.
        public var pomodoros: Int
        /// Whether it can still be started.
        public var status: Status

        /// An intention item.
        public init(id: Int, title: String, pomodoros: Int = 0, status: Status = .open) {
            self.id = id
            self.title = title
            self.pomodoros = pomodoros
            self.status = status
        }
    }

    /// Where an intention stands.
    public enum Status: String, Equatable, Sendable {
        /// It can be started.
        case open
        /// Its last pomodoro was evaluated achieved.
        case completed
        /// The user gave it up.
        case abandoned
    }

    /// One of today's pomodoros as the list shows it.
    public struct PomodoroItem: Equatable, Sendable {
        /// The pomodoro's id.
        public var id: Int
        /// Its intention's title.
        public var title: String
        /// Its start on the wall clock, e.g. `"10:30"`.
        public var startClock: String
        /// Its evaluation, if given.
        public var evaluation: HUDState.Evaluation?

        /// A pomodoro item.
        public init(
            id: Int, title: String, startClock: String, evaluation: HUDState.Evaluation? = nil
        ) {
            self.id = id
            self.title = title
            self.startClock = startClock
            self.evaluation = evaluation
        }
    }
}
