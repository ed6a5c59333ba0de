extension HUDState {
    /// The instant after ``now`` at which the frame next changes, for the event loop's
    /// sleep: the time left's last digit (seconds, or minutes with ``showsSeconds`` off),
    /// the interval's end, or the pulse (``Pulse/nextDeadline(after:start:reminderWords:)``).
    ///
    /// The day line's cursor moves too slowly to matter; ``HUDRenderer`` adds it for a
    /// given width.
    public var nextDeadline: Double {
        var deadline = pulse.nextDeadline(
            after: now, start: start, reminderWords: Pulse.wordCount(reminderText))
        if let end, end > now {
            let unit: Double = showsSeconds ? 1 : 60
            let shown = TimeLeft.units(end - now, unit: unit)
            deadline = min(deadline, end - Double(shown - 1) * unit)
        }
        return deadline
    }

    /// The reminder the pulse fades in: the intention, or for a start prompt what will be
    /// lost ("Set an intention — 21.25 points possible, 6 will be lost at 10:55").
    public var reminderText: String {
        guard kind == .startPrompt, let loss else { return title }
        let possible = TimeLeft.points(loss.pointsBefore)
        let lost = TimeLeft.points(loss.pointsBefore - loss.pointsAfter)
        return
            "Set an intention — \(possible) points possible, \(lost) will be lost at \(loss.clock)"
    }

    /// The pulse's phase at ``now``.
    public var phase: Pulse.Phase {
        pulse.phase(at: now, start: start, end: end, reminderWords: Pulse.wordCount(reminderText))
    }
}
