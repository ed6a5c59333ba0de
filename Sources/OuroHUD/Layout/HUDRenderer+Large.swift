extension HUDRenderer {
    /// Ring over the whole top, big digits, "until" and title inside it; then the reminder,
    /// the day line, the session's score and the key hint along the bottom.
    func drawLarge(_ scene: Scene, into frame: inout Frame) {
        let width = frame.width
        let height = frame.height
        guard
            let (ring, ringRect) = ring(
                progress: scene.phase.ringProgress, width: width, height: height)
        else { return }
        ringCache.draw(
            ring, into: &frame, in: ringRect, elapsed: scene.elapsedRole,
            remaining: scene.remainingRole, shade: scene.phase.shade, glyphs: glyphs)

        let center = ringRect.height / 2
        let digitRows = (center - 3)..<(center + 2)
        let bigWidth = BigDigits.width(scene.digits)
        if digitRows.allSatisfy({ ring.innerWidth(in: ringRect, row: $0) >= bigWidth }) {
            let left = (width - bigWidth) / 2
            let ink: Unicode.Scalar = glyphs == .unicode ? "█" : "#"
            for cell in BigDigits.ink(scene.digits) {
                frame.set(
                    Cell(ink, role: scene.elapsedRole, shade: scene.phase.shade),
                    row: digitRows.lowerBound + cell.row, column: left + cell.column)
            }
        } else {
            frame.writeCentered(
                scene.timeText, row: center - 1, role: scene.elapsedRole,
                shade: scene.readableShade)
        }
        writeInside(
            scene.until, row: center + 3, ring: ring, rect: ringRect, shade: .dim, into: &frame)
        writeInside(
            scene.title, row: center + 4, ring: ring, rect: ringRect, shade: .normal, into: &frame)

        if let shade = scene.phase.reminderShade {
            frame.writeCentered(
                glyphs.truncated(scene.reminder, to: width - 2), row: height - 4,
                role: scene.elapsedRole, shade: shade)
        }
        if let session = scene.state.session {
            DayLine(session: session, now: scene.state.now).draw(
                into: &frame, row: height - 3, column: 1, width: width - 2, glyphs: glyphs)
            drawSessionLine(session, row: height - 2, into: &frame)
        }
        KeyHint.draw(
            into: &frame, row: height - 1, awaitingEvaluation: scene.state.awaitingEvaluation)
    }

    private func writeInside(
        _ text: String, row: Int, ring: Ring, rect: Rect, shade: Shade, into frame: inout Frame
    ) {
        let room = ring.innerWidth(in: rect, row: row)
        guard room > 0, !text.isEmpty else { return }
        frame.writeCentered(glyphs.truncated(text, to: room), row: row, shade: shade)
    }

    /// The session's clocks at both ends and its score in the middle.
    private func drawSessionLine(_ session: HUDState.Session, row: Int, into frame: inout Frame) {
        let startClock = glyphs.displayable(session.startClock)
        let endClock = glyphs.displayable(session.endClock)
        frame.write(startClock, row: row, column: 1, shade: .dim)
        let endWidth = ColumnWidth.of(endClock)
        frame.write(endClock, row: row, column: frame.width - 1 - endWidth, shade: .dim)
        let score = TimeLeft.points(session.score)
        let perfect = TimeLeft.points(session.perfectScore)
        let fit = session.pomodorosThatFit
        let dot = glyphs.separator
        let room = frame.width - 4 - ColumnWidth.of(startClock) - endWidth
        let text = glyphs.fitting(
            [
                "score \(score)\(dot)perfect \(perfect)\(dot)\(fit) more \(fit == 1 ? "pomodoro fits" : "pomodoros fit")",
                "score \(score)\(dot)perfect \(perfect)\(dot)\(fit) more fit",
                "\(score)/\(perfect)\(dot)\(fit) fit",
            ], in: room)
        frame.writeCentered(text, row: row, shade: .normal)
    }
}
