import OuroCore
import TimerTree

/// A `--format` template for status bars: text with `{placeholder}`s, checked before the
/// store is opened so a typo fails without side effects.
struct StatusTemplate: Hashable, Sendable {
    /// A value a template can show.
    enum Field: String, CaseIterable, Sendable {
        /// `idle`, `startPrompt`, `pomodoro`, `break` or `gracePeriod`.
        case kind
        /// The kind in words: `start prompt`, `grace period`….
        case label
        /// Time left as `m:ss` (empty when nothing is ahead).
        case remaining
        /// When the interval ends, local `HH:MM` (empty when nothing is ahead).
        case end
        /// Percent of the interval done, 0–100.
        case progress
        /// The pomodoro's intention title (empty otherwise), control characters escaped and
        /// `#` doubled (`##`, which tmux shows as one `#`).
        case title
        /// The pomodoro's intention id (empty otherwise).
        case id
        /// A start prompt's points if started now (empty otherwise).
        case points
        /// A start prompt's points once it expires (empty otherwise).
        case after
        /// Points earned today.
        case score
        /// Points earned in the active session (empty without one).
        case session
        /// The pomodoro awaiting evaluation (empty when none).
        case review
    }

    /// A piece of a template.
    enum Segment: Hashable, Sendable {
        /// Text copied as is.
        case text(String)
        /// A value.
        case field(Field)
    }

    /// The pieces in order.
    var segments: [Segment]

    /// The help text listing every placeholder.
    static let help =
        "a template with {kind} {label} {remaining} {end} {progress} {title} {id} {points} "
        + "{after} {score} {session} {review} ({{ and }} for braces), or tmux, waybar or i3bar"

    /// Parses `text`.
    ///
    /// - Throws: `OuroError` (exit 64) naming an unknown placeholder or a stray brace.
    init(parsing text: String) throws(OuroError) {
        var segments: [Segment] = []
        var literal = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "{" || character == "}",
                next < text.endIndex, text[next] == character
            {
                literal.append(character)
                index = text.index(after: next)
                continue
            }
            if character == "{" {
                guard let close = text[next...].firstIndex(of: "}") else {
                    throw Self.bad(text, "a '{' has no closing '}'")
                }
                let name = String(text[next..<close])
                guard let field = Field(rawValue: name) else {
                    throw Self.bad(text, "{\(name)} is not a placeholder")
                }
                if !literal.isEmpty { segments.append(.text(literal)) }
                literal = ""
                segments.append(.field(field))
                index = text.index(after: close)
                continue
            }
            if character == "}" { throw Self.bad(text, "a '}' has no opening '{'") }
            literal.append(character)
            index = next
        }
        if !literal.isEmpty { segments.append(.text(literal)) }
        self.segments = segments
    }

    private static func bad(_ text: String, _ reason: String) -> OuroError {
        .usage("--format '\(text)' is not valid: \(reason); use \(help)")
    }

    /// The template filled in from `report`.
    func render(_ report: StatusReport, zone: Zone) -> String {
        var out = ""
        for segment in segments {
            switch segment {
            case .text(let text): out += text
            case .field(let field): out += Self.value(field, of: report, zone: zone)
            }
        }
        return out
    }

    private static func value(_ field: Field, of report: StatusReport, zone: Zone) -> String {
        switch field {
        case .kind: report.kind
        case .label: report.label
        case .remaining: report.remaining.map(ClockText.countdown) ?? ""
        case .end: report.end.map { ClockText.wallTime($0, in: zone) } ?? ""
        case .progress: String(WholeNumber.rounding(report.progress * 100, .down))
        // Templates feed status bars, tmux's among them: a title never styles the bar.
        case .title: DisplayText.tmux(report.intention?.title ?? "")
        case .id: report.intention.map { String($0.id) } ?? ""
        case .points: report.pointsBeforeLoss.map(ClockText.points) ?? ""
        case .after: report.pointsAfterLoss.map(ClockText.points) ?? ""
        case .score: ClockText.points(report.todayScore)
        case .session: report.sessionScore.map(ClockText.points) ?? ""
        case .review: report.awaitingReview.map { String($0.pomodoro) } ?? ""
        }
    }
}
