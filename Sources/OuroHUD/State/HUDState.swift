/// Everything one HUD frame shows, as plain values the `ouro` executable fills from the model.
///
/// Times are instants in seconds since the epoch, like the model's. Wall-clock strings
/// ("10:55") are formatted by the caller because the time zone lives outside the HUD.
public struct HUDState: Equatable, Sendable {
    /// What kind of interval is running now.
    public var kind: Kind
    /// When the current interval started.
    public var start: Double
    /// When the current interval ends; nil for an open-ended interval (idle outside hours).
    public var end: Double?
    /// The instant this frame shows.
    public var now: Double
    /// The interval's end on the wall clock, e.g. `"10:55"`; shown as "until 10:55".
    public var endClock: String
    /// The intention's title, or what to do now when no intention is running.
    public var title: String
    /// What is lost if nothing starts; set during a start prompt.
    public var loss: Loss?
    /// Today's session, for the day line; nil outside work hours.
    public var session: Session?
    /// Whether the latest pomodoro waits for its evaluation (the key hint asks for it).
    public var awaitingEvaluation: Bool
    /// Whether the time left shows seconds; false for `--no-seconds` (minutes only).
    public var showsSeconds: Bool
    /// The pulse settings and the instant the HUD last resumed.
    public var pulse: Pulse

    /// A state; everything but the interval and the instant has a quiet default.
    public init(
        kind: Kind,
        start: Double,
        end: Double?,
        now: Double,
        endClock: String = "",
        title: String = "",
        loss: Loss? = nil,
        session: Session? = nil,
        awaitingEvaluation: Bool = false,
        showsSeconds: Bool = true,
        pulse: Pulse = Pulse()
    ) {
        self.kind = kind
        self.start = start
        self.end = end
        self.now = now
        self.endClock = endClock
        self.title = title
        self.loss = loss
        self.session = session
        self.awaitingEvaluation = awaitingEvaluation
        self.showsSeconds = showsSeconds
        self.pulse = pulse
    }
}
