import OuroCore
import TimerTree

extension StatusReport {
    /// The ready-made `--format` outputs for status bars.
    enum BarFormat: String, CaseIterable, Sendable {
        /// tmux's `status-right`: text with `#[fg=…]` styles (`##` for a literal `#`).
        case tmux
        /// waybar's custom module JSON: `text`, `tooltip`, `class`, `alt`, `percentage`.
        case waybar
        /// One i3bar protocol block (i3blocks' `format=json`): `full_text`, `short_text`,
        /// `color`, `name`.
        case i3bar
    }

    /// The text a bar shows: the kind and time left, then the intention or the points.
    ///
    /// `pomodoro 12:34 · Write report`, `start prompt 4:10 · 21.25 points`, `idle · 09:00`.
    /// Parts are joined by `punctuation`'s separator.
    func barText(zone: Zone, punctuation: Punctuation) -> String {
        let separator = punctuation.separator
        if kind == "idle" {
            return end.map { "idle" + separator + ClockText.wallTime($0, in: zone) } ?? "idle"
        }
        var text = label + " " + ClockText.countdown(remaining ?? 0)
        if let intention { text += separator + DisplayText.escaped(intention.title) }
        if let pointsBeforeLoss {
            text += separator + ClockText.points(pointsBeforeLoss) + " points"
        }
        return text
    }

    /// The colour a bar paints the kind in (`#rrggbb`), nil for idle.
    var barColor: String? {
        switch kind {
        case "pomodoro": "#e06c75"
        case "break": "#98c379"
        case "startPrompt": "#e5c07b"
        case "gracePeriod": "#56b6c2"
        default: nil
        }
    }

    /// The report in a ready bar format; `color` false (`NO_COLOR`) leaves colours out.
    func bar(_ format: BarFormat, zone: Zone, color: Bool, punctuation: Punctuation) -> String {
        let text = barText(zone: zone, punctuation: punctuation)
        let paint = color ? barColor : nil
        switch format {
        case .tmux:
            let escaped = DisplayText.tmux(text)
            guard let paint else { return escaped }
            return "#[fg=\(paint)]" + escaped + "#[default]"
        case .waybar:
            var out = JSONText()
            out.beginObject()
            out.field("text", text)
            out.field("tooltip", line(zone: zone, punctuation: punctuation))
            out.field("class", kind)
            out.field("alt", kind)
            out.field("percentage", WholeNumber.rounding(progress * 100, .down))
            out.endObject()
            return out.text
        case .i3bar:
            var out = JSONText()
            out.beginObject()
            out.field("name", "ouro")
            out.field("full_text", text)
            out.field("short_text", label + " " + ClockText.countdown(remaining ?? 0))
            out.field("color", paint)
            out.endObject()
            return out.text
        }
    }
}
