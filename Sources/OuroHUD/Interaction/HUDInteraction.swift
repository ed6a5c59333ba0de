import OuroCore

/// The HUD's keys as a pure state machine: keys in, ``HUDCommand``s out.
///
/// The event loop feeds it keys (``handle(_:at:)``), executes the commands it returns,
/// reports each result back (``report(_:isError:at:)``), and refreshes its ``catalog``
/// whenever the model changes; the renderer draws its ``mode`` and ``status`` as
/// overlays. Nothing here touches the terminal, the clock or the store.
public struct HUDInteraction: Equatable, Sendable {
    /// What the keys do now.
    public private(set) var mode: Mode = .normal
    /// The intentions and pomodoros the pickers and the list offer.
    public private(set) var catalog: HUDCatalog
    /// The latest status message, shown until it expires (see ``status(at:)``).
    public private(set) var latestStatus: StatusMessage?
    /// The pomodoro awaiting review that was evaluated or put off with Esc, so the HUD does
    /// not ask about it again; the next pomodoro that ends is asked about afresh.
    private var settledReviewID: Int?

    /// A machine in normal mode; if a pomodoro awaits review, it asks at once.
    public init(catalog: HUDCatalog = HUDCatalog()) {
        self.catalog = catalog
        askForReviewIfDue()
    }

    /// Takes the model's latest intentions and pomodoros; asks for an evaluation when a
    /// pomodoro has ended without one and the HUD is in normal mode.
    public mutating func refresh(_ catalog: HUDCatalog) {
        self.catalog = catalog
        askForReviewIfDue()
    }

    /// Shows a command's result (or any message) from `now` for a few seconds.
    public mutating func report(_ text: String, isError: Bool = false, at now: Double) {
        latestStatus = StatusMessage(text, isError: isError, at: now)
    }

    /// The status message to show at `now`, or nil once it has expired.
    public func status(at now: Double) -> StatusMessage? {
        latestStatus.flatMap { now < $0.expires ? $0 : nil }
    }

    /// When the status message disappears, for the event loop's sleep; nil when none shows.
    public func nextDeadline(after now: Double) -> Double? {
        status(at: now)?.expires
    }

    /// Applies one key pressed at `now` and returns what the loop should do.
    public mutating func handle(_ key: Key, at now: Double) -> [HUDCommand] {
        defer { askForReviewIfDue() }
        switch mode {
        case .normal:
            return handleNormal(key, at: now)
        case .newIntentionTitle(var editor):
            // Out of `mode` first, so the editor's storage is not shared: a key edits it in
            // place rather than copying the whole text (a paste would be quadratic).
            mode = .normal
            if let title = editTitle(&editor, key, in: Mode.newIntentionTitle) {
                mode = .newIntentionEstimate(title: title, LineEditor())
            }
        case .newIntentionEstimate(let title, var editor):
            mode = .normal
            switch editor.handle(key) {
            case .editing: mode = .newIntentionEstimate(title: title, editor)
            case .cancelled:
                // Esc leaves the estimate prompt, not the intention: it is kept unestimated.
                mode = .normal
                return [.intend(title: title, estimate: nil)]
            case .submitted(let text):
                let typed = Self.trimmed(text)
                if typed.isEmpty {
                    mode = .normal
                    return [.intend(title: title, estimate: nil)]
                }
                guard let seconds = EstimateParser.seconds(typed) else {
                    report(
                        "Cannot read “\(typed)” as an estimate: try 25m or 1h30m", isError: true,
                        at: now)
                    mode = .newIntentionEstimate(title: title, editor)
                    return []
                }
                mode = .normal
                return [.intend(title: title, estimate: seconds)]
            }
        case .startPicker(var picker):
            switch picker.handle(key) {
            case .choosing: mode = .startPicker(picker)
            case .cancelled: mode = .normal
            case .chosen(let row):
                if let id = row.intentionID {
                    mode = .normal
                    return [.start(intentionID: id)]
                }
                mode = .startNewTitle(LineEditor())
            }
        case .startNewTitle(var editor):
            mode = .normal
            if let title = editTitle(&editor, key, in: Mode.startNewTitle) {
                return [.startNew(title: title)]
            }
        case .evaluate(let id, _, let automatic):
            return handleEvaluation(key, pomodoroID: id, automatic: automatic, at: now)
        case .abandonPicker(var picker):
            switch picker.handle(key) {
            case .choosing: mode = .abandonPicker(picker)
            case .cancelled: mode = .normal
            case .chosen(let row):
                mode = .normal
                if let id = row.intentionID { return [.abandon(intentionID: id)] }
            }
        case .list(let scroll):
            switch key {
            case .up, .character("k"): mode = .list(scroll: max(0, scroll - 1))
            case .down, .character("j"): mode = .list(scroll: scroll + 1)
            default: mode = .normal
            }
        case .help:
            mode = .normal
        }
        return []
    }

    /// Feeds a key to a title editor shown in `mode(editor)`: Esc goes back to normal,
    /// Enter with a title goes to normal and returns the title (trimmed); a blank title
    /// keeps editing.
    private mutating func editTitle(
        _ editor: inout LineEditor, _ key: Key, in wrap: (LineEditor) -> Mode
    ) -> String? {
        switch editor.handle(key) {
        case .editing:
            mode = wrap(editor)
        case .cancelled:
            mode = .normal
        case .submitted(let text):
            let title = Self.trimmed(text)
            mode = title.isEmpty ? wrap(editor) : .normal
            return title.isEmpty ? nil : title
        }
        return nil
    }

    private mutating func handleNormal(_ key: Key, at now: Double) -> [HUDCommand] {
        switch key {
        case .character("n"):
            mode = .newIntentionTitle(LineEditor())
        case .character("s"):
            if let breakEnd = catalog.breakEnd, now < breakEnd {
                // Nothing can start during a break: say so at once rather than after a pick.
                report(HUDCommand.onBreakText, at: now)
                return []
            }
            let rows = catalog.startable.map { Picker.Row(label: $0.title, intentionID: $0.id) }
            mode =
                rows.isEmpty
                ? .startNewTitle(LineEditor())
                : .startPicker(
                    Picker(
                        title: "Start a pomodoro on",
                        rows: rows + [Picker.Row(label: "Type a new one…", intentionID: nil)]))
        case .character("e"):
            guard let id = catalog.latestPomodoroID else {
                report("No pomodoro to evaluate yet", isError: true, at: now)
                return []
            }
            mode = .evaluate(
                pomodoroID: id, title: catalog.title(ofPomodoro: id) ?? "", automatic: false)
        case .character("a"):
            let rows = catalog.startable.map { Picker.Row(label: $0.title, intentionID: $0.id) }
            guard !rows.isEmpty else {
                report("No open intention to abandon", isError: true, at: now)
                return []
            }
            mode = .abandonPicker(Picker(title: "Abandon", rows: rows))
        case .character("l"):
            mode = .list(scroll: 0)
        case .character("?"):
            mode = .help
        case .character("q"):
            return [.quit]
        default:
            break
        }
        return []
    }

    private mutating func handleEvaluation(
        _ key: Key, pomodoroID: Int, automatic: Bool, at now: Double
    ) -> [HUDCommand] {
        if let result = Self.evaluationKeys[key] {
            mode = .normal
            settle(pomodoroID)
            return [.evaluate(pomodoroID: pomodoroID, result: result)]
        }
        switch key {
        case .escape:
            mode = .normal
            if automatic { settle(pomodoroID) }
        case _ where automatic:
            // The HUD's own question does not block the other keys; it comes back after.
            mode = .normal
            return handleNormal(key, at: now)
        default:
            break
        }
        return []
    }

    /// The single keys that evaluate a pomodoro.
    static let evaluationKeys: [Key: EvaluationResult] = [
        .character("d"): .distracted, .character("i"): .interrupted,
        .character("f"): .focused, .character("a"): .achieved,
    ]

    private mutating func settle(_ pomodoroID: Int) {
        if pomodoroID == catalog.awaitingReviewID { settledReviewID = pomodoroID }
    }

    /// Opens the evaluation question for a pomodoro awaiting review, unless it was settled
    /// or another mode is open.
    private mutating func askForReviewIfDue() {
        guard mode == .normal, let id = catalog.awaitingReviewID, id != settledReviewID else {
            return
        }
        mode = .evaluate(
            pomodoroID: id, title: catalog.title(ofPomodoro: id) ?? "", automatic: true)
    }

    private static func trimmed(_ text: String) -> String {
        var result = Substring(text)
        while result.first?.isWhitespace == true { result.removeFirst() }
        while result.last?.isWhitespace == true { result.removeLast() }
        return String(result)
    }
}
