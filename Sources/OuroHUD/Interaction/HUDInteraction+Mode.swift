extension HUDInteraction {
    /// What the keys do right now, and which overlay shows.
    public enum Mode: Equatable, Sendable {
        /// The HUD alone: single keys start the other modes.
        case normal
        /// `n`: typing the new intention's title.
        case newIntentionTitle(LineEditor)
        /// `n`, after the title: typing an optional estimate.
        case newIntentionEstimate(title: String, LineEditor)
        /// `s`: choosing the intention to start on.
        case startPicker(Picker)
        /// `s`, then "type a new one": typing the new intention's title.
        case startNewTitle(LineEditor)
        /// `e`, or a pomodoro that just ended: one key evaluates it. `automatic` marks the
        /// HUD's own question, which other keys pass through and Esc puts off.
        case evaluate(pomodoroID: Int, title: String, automatic: Bool)
        /// `a`: choosing the intention to abandon.
        case abandonPicker(Picker)
        /// `l`: intentions and today's pomodoros, scrolled by `scroll` lines.
        case list(scroll: Int)
        /// `?`: the keys.
        case help
    }
}
