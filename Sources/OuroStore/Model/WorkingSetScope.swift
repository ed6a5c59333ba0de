/// Which records a command needs besides the ones every run loads.
///
/// Every run loads the live state, every work-hour rule, the sessions ending after the day
/// before the last update (all a change of rules or a new session could overlap), the
/// intervals the live state names, the records of the session running at the last update (a
/// start prompt counts the points already earned in it) and the intentions of every loaded
/// pomodoro — enough to advance and to act on the running interval. A scope adds a window of
/// history (for scores and listings) and the records a command names. A window also brings
/// the few older intervals with score events inside it: the one running at its start and the
/// pomodoros evaluated inside it.
public struct WorkingSetScope: Sendable, Hashable {
    /// Load every interval starting at or after this time, the intentions created or changed
    /// since, and the sessions ending after it. The window is widened to the start of any
    /// loaded session (one still running, or one that began before `since` and ends after
    /// it, like a session across midnight), so that session's score is complete.
    public var since: Double?
    /// With ``since``, the end of the window: intervals and sessions starting after it are
    /// left out (the records needed to advance are loaded regardless).
    public var until: Double?
    /// Intentions the command names (`start 3`, `abandon 3`).
    public var intentionIDs: [Int]
    /// Intervals the command names by id.
    public var intervalIDs: [Int]
    /// Pomodoros the command names by number (`evaluate --pomodoro 7`).
    public var pomodoroNumbers: [Int]
    /// Whether to load the latest pomodoro (the default target of `evaluate`).
    public var latestPomodoro: Bool
    /// Load the intentions with exactly this title (`start TITLE`, `abandon TITLE`).
    public var intentionTitle: String?

    /// A scope; the defaults load only what every run loads.
    public init(
        since: Double? = nil, until: Double? = nil, intentionIDs: [Int] = [],
        intervalIDs: [Int] = [], pomodoroNumbers: [Int] = [],
        latestPomodoro: Bool = false, intentionTitle: String? = nil
    ) {
        self.since = since
        self.until = until
        self.intentionIDs = intentionIDs
        self.intervalIDs = intervalIDs
        self.pomodoroNumbers = pomodoroNumbers
        self.latestPomodoro = latestPomodoro
        self.intentionTitle = intentionTitle
    }
}
