/// What every layout needs from a state, worked out once per frame.
struct Scene {
    var state: HUDState
    var glyphs: GlyphSet
    var phase: Pulse.Phase
    var elapsedRole: ColorRole
    var remainingRole: ColorRole
    var digits: String
    var timeText: String
    var until: String
    var title: String
    var reminder: String

    init(state: HUDState, glyphs: GlyphSet) {
        self.state = state
        self.glyphs = glyphs
        phase = state.phase
        (elapsedRole, remainingRole) = state.kind.roles
        let left = state.end.map { max(0, $0 - state.now) }
        timeText = TimeLeft.text(left, showsSeconds: state.showsSeconds)
        // Big digits carry the unit too: a bare "4" under --no-seconds reads as anything.
        digits = timeText
        until = state.endClock.isEmpty ? "" : "until \(state.endClock)"
        title = glyphs.displayable(state.title)
        reminder = glyphs.displayable(state.reminderText)
    }

    /// The shade for text that must stay readable: the pulse's, but never dim.
    var readableShade: Shade { max(phase.shade, .normal) }
}
