/// What the HUD's pickers and list show: intentions and today's pomodoros, as plain values
/// the event loop refreshes from the model whenever it changes.
public struct HUDCatalog: Equatable, Sendable {
    /// Intentions, newest first.
    public var intentions: [IntentionItem]
    /// Today's pomodoros, in time order.
    public var pomodoros: [PomodoroItem]
    /// The latest pomodoro, which `e` evaluates.
    public var latestPomodoroID: Int?
    /// The ended pomodoro that waits for its evaluation, which the HUD asks about.
    public var awaitingReviewID: Int?
    /// When the running break ends; nil when no break runs (`s` says so at once then).
    public var breakEnd: Double?

    /// A catalog; empty by default.
    public init(
        intentions: [IntentionItem] = [], pomodoros: [PomodoroItem] = [],
        latestPomodoroID: Int? = nil, awaitingReviewID: Int? = nil, breakEnd: Double? = nil
    ) {
        self.intentions = intentions
        self.pomodoros = pomodoros
        self.latestPomodoroID = latestPomodoroID
        self.awaitingReviewID = awaitingReviewID
        self.breakEnd = breakEnd
    }

    /// The intentions a pomodoro can start on (and that can be abandoned): neither
    /// completed nor abandoned.
    public var startable: [IntentionItem] { intentions.filter { $0.status == .open } }

    /// The title of a pomodoro's intention, if the catalog lists the pomodoro.
    func title(ofPomodoro id: Int) -> String? {
        pomodoros.first { $0.id == id }?.title
    }
}
