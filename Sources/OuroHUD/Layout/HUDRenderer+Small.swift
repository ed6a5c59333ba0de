extension HUDRenderer {
    /// A pie on the left, sized to the height; beside it the kind, the time left, the
    /// "until" time and the title (or the reminder while it shows); the day line along the
    /// bottom when there are eight rows or more (blank outside a session).
    func drawSmall(_ scene: Scene, into frame: inout Frame) {
        guard
            let (pie, rect) = ring(
                progress: scene.phase.ringProgress, width: frame.width, height: frame.height)
        else { return }
        ringCache.draw(
            pie, into: &frame, in: rect, elapsed: scene.elapsedRole, remaining: scene.remainingRole,
            shade: scene.phase.shade, glyphs: glyphs)
        let pieWidth = rect.width
        let pieHeight = rect.height

        let column = pieWidth + 1
        let room = frame.width - column
        var lines: [(text: String, role: ColorRole, shade: Shade)] = [
            (
                glyphs.fitting([scene.state.kind.label, scene.state.kind.shortLabel], in: room),
                .plain, .dim
            ),
            (glyphs.truncated(scene.timeText, to: room), scene.elapsedRole, scene.readableShade),
        ]
        if !scene.until.isEmpty {
            lines.append(
                (
                    glyphs.fitting(
                        [scene.until, "→ \(scene.state.endClock)", scene.state.endClock].map(
                            glyphs.displayable), in: room), .plain, .dim
                ))
        }
        let textRows = max(0, pieHeight - lines.count)
        if let shade = scene.phase.reminderShade, scene.reminder != scene.title {
            for line in wrap(scene.reminder, width: room, lines: textRows) {
                lines.append((line, scene.elapsedRole, shade))
            }
        } else {
            for line in wrap(scene.title, width: room, lines: min(textRows, 3)) {
                lines.append((line, .plain, .normal))
            }
        }
        let top = max(0, (pieHeight - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < pieHeight {
            frame.write(
                line.text, row: top + offset, column: column, role: line.role, shade: line.shade,
                limit: room)
        }
        if pieHeight < frame.height, let session = scene.state.session {
            DayLine(session: session, now: scene.state.now).draw(
                into: &frame, row: frame.height - 1, column: 0, width: frame.width, glyphs: glyphs)
        }
    }

    /// `text` word-wrapped to `width` columns in at most `lines` lines; the last line is
    /// cut with an ellipsis when words are left over.
    func wrap(_ text: String, width: Int, lines: Int) -> [String] {
        guard width > 0, lines > 0 else { return [] }
        var result: [String] = []
        var current = ""
        var words = text.split(separator: " ").map(String.init)[...]
        while let word = words.first {
            let candidate = current.isEmpty ? word : current + " " + word
            if ColumnWidth.of(candidate) <= width {
                current = candidate
                words.removeFirst()
            } else if current.isEmpty {
                current = glyphs.truncated(word, to: width)
                words.removeFirst()
            } else {
                result.append(current)
                current = ""
                if result.count == lines { break }
            }
        }
        if !current.isEmpty, result.count < lines { result.append(current) }
        if !words.isEmpty, let last = result.popLast() {
            result.append(glyphs.truncated(last + " " + words.joined(separator: " "), to: width))
        }
        return result
    }
}
