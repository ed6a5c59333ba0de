import OuroCore

extension HUDCommand {
    /// Carries the command out on `nexus` at `now` and returns the status message that
    /// says what happened; ``quit`` changes nothing and says nothing.
    ///
    /// The event loop runs this inside the store's write transaction, then shows the
    /// message with ``HUDInteraction/report(_:isError:at:)`` (or the error's description,
    /// with `isError`). A refused command leaves the model unchanged; ``startNew(title:)``
    /// names its intention as the command line does (the newest open intention with that
    /// title, or a new one). `observer` gets the model's events, so the transaction can hand
    /// them on (hooks, notifications).
    public func apply(
        to nexus: inout Nexus, at now: Double, observer: @escaping NexusObserver = { _ in }
    ) throws(NexusError) -> String {
        switch self {
        case .intend(let title, let estimate):
            let id = try nexus.addIntention(
                title: title, estimate: estimate, at: now, observer: observer)
            let estimated = estimate.map { ", estimated \(Self.duration($0))" } ?? ""
            return "Intention \(id) created: “\(title)”\(estimated)"
        case .start(let id):
            let result = try nexus.startPomodoro(intention: id, at: now, observer: observer)
            return Self.message(result, title: nexus.intention(id)?.title ?? "")
        case .startNew(let title):
            let result = try nexus.startPomodoro(on: .title(title), at: now, observer: observer)
            return Self.message(result, title: title)
        case .evaluate(let id, let result):
            try nexus.evaluate(pomodoro: id, as: result, at: now, observer: observer)
            return "Pomodoro \(nexus.interval(id)?.number ?? id) evaluated \(result.rawValue)"
        case .abandon(let id):
            try nexus.abandon(id, at: now, observer: observer)
            return "Abandoned “\(nexus.intention(id)?.title ?? "")”"
        case .quit:
            return ""
        }
    }

    /// What the HUD says when a start meets a break.
    static let onBreakText = "On a break: start when it ends"

    /// What a start did, in words.
    static func message(_ result: StartResult, title: String) -> String {
        switch result {
        case .started: "Pomodoro started: “\(title)”"
        case .continued: "Streak continued: “\(title)”"
        case .alreadyStarted: "A pomodoro is already running"
        case .onBreak: onBreakText
        }
    }

    /// A duration as the estimate prompt takes it: `25m`, `1h30m`, `2h`, `45s`.
    static func duration(_ seconds: Double) -> String {
        let total = WholeNumber.rounding(seconds, .toNearestOrAwayFromZero)
        if total < 60 { return "\(total)s" }
        let (hours, minutes) = (total / 3600, total / 60 % 60)
        if hours == 0 { return "\(minutes)m" }
        return minutes == 0 ? "\(hours)h" : "\(hours)h\(minutes)m"
    }
}
