extension HUDRenderer {
    /// The frame for `state` with the interaction's overlay and status message on top.
    ///
    /// Large and small layouts put a line editor on the bottom two rows, pickers, the list
    /// and help in a box above the bottom two rows with their keys on the last row, and
    /// the evaluation question on the last row; the status message sits just above
    /// whatever the overlay uses at the bottom (on the key hint row when there is none).
    /// The tiny layout shows the overlay, or else the status, as its single line.
    public func frame(
        for state: HUDState, interaction: HUDInteraction, width: Int, height: Int
    ) -> Frame {
        // The interaction asks for evaluations itself (and may have been told "later"),
        // so the key hint always lists the normal keys: `a` abandons here.
        var plain = state
        plain.awaitingEvaluation = false
        var frame = frame(for: plain, width: width, height: height)
        guard width > 0, height > 0 else { return frame }
        let overlay = Overlay(interaction.mode, catalog: interaction.catalog)
        let status = interaction.status(at: state.now)
        if HUDLayout(width: width, height: height) == .tiny {
            drawTinyOverlay(overlay, status: status, into: &frame)
        } else {
            drawOverlay(overlay, status: status, into: &frame)
        }
        return frame
    }

    private func drawOverlay(_ overlay: Overlay, status: StatusMessage?, into frame: inout Frame) {
        let bottom = frame.height - 1
        var statusRow = bottom
        switch overlay {
        case .none:
            break
        case .editor(let label, let editor, let hint):
            frame.clear(row: bottom - 1)
            drawEditor(label: label, editor: editor, row: bottom - 1, into: &frame)
            drawHint(hint, prefixes: [""], row: bottom, into: &frame)
            statusRow = bottom - 2
        case .box(let title, let lines, let selection, let scroll, let hint):
            drawBox(
                title: title, lines: lines, selection: selection, scroll: scroll,
                rows: max(0, frame.height - 2), into: &frame)
            drawHint(hint, prefixes: [""], row: bottom, into: &frame)
            statusRow = bottom - 1
        case .question(let prefixes, let keys):
            drawHint(keys, prefixes: prefixes.map(glyphs.displayable), row: bottom, into: &frame)
            statusRow = bottom - 1
        }
        if let status, statusRow >= 0 {
            frame.clear(row: statusRow)
            frame.writeCentered(
                glyphs.truncated(glyphs.displayable(status.text), to: frame.width),
                row: statusRow, shade: status.isError ? .bright : .normal,
                attributes: status.isError ? .bold : [])
        }
    }

    /// A label, then the editor's text scrolled to keep the cursor in view; the cursor is a
    /// reversed cell.
    private func drawEditor(label: String, editor: LineEditor, row: Int, into frame: inout Frame) {
        let label = glyphs.truncated(glyphs.displayable(label), to: max(0, frame.width / 2))
        let start = frame.write(label, row: row, column: 0, shade: .dim)
        let room = frame.width - start
        let (text, cursor) = editor.visible(width: room)
        frame.write(glyphs.displayable(text), row: row, column: start, shade: .bright)
        let column = start + cursor
        let under = column < frame.width ? frame[row, column] : Cell.blank
        let glyph = under.width == 0 || under.glyph == " " ? " " : under.glyph
        frame.set(
            Cell(glyph, width: max(1, under.width), shade: .bright, attributes: .reverse),
            row: row, column: column)
    }

    private func drawHint(
        _ items: [Overlay.HintItem], prefixes: [String], row: Int, into frame: inout Frame
    ) {
        frame.clear(row: row)
        KeyHint.draw(
            items.map { (glyphs.displayable($0.key), glyphs.displayable($0.label)) },
            prefixes: prefixes, into: &frame, row: row)
    }

    /// A bordered box centred in the top `rows` rows, as wide as its longest line allows;
    /// the highlighted line is reversed and kept in view.
    private func drawBox(
        title: String, lines: [String], selection: Int?, scroll: Int, rows: Int,
        into frame: inout Frame
    ) {
        let lines = lines.map(glyphs.displayable)
        let title = glyphs.displayable(title)
        let widest = max(ColumnWidth.of(title) + 4, lines.map { ColumnWidth.of($0) }.max() ?? 0)
        let width = min(frame.width, widest + 4)
        let height = min(rows, lines.count + 2)
        guard width >= 4, height >= 3 else { return }
        let top = (rows - height) / 2
        let left = (frame.width - width) / 2
        let visible = height - 2
        let first: Int
        if let selection {
            first = max(0, selection - visible + 1)
        } else {
            first = min(scroll, max(0, lines.count - visible))
        }
        let border =
            glyphs == .unicode ? ("┌", "┐", "└", "┘", "─", "│") : ("+", "+", "+", "+", "-", "|")
        let horizontal = String(repeating: border.4, count: width - 2)
        // A blank column either side keeps what lies beneath from touching the border.
        for row in top..<(top + height) {
            frame.clear(row: row, from: left - 1, to: left + width + 1)
        }
        frame.clear(row: top, from: left, to: left + width)
        frame.write(border.0 + horizontal + border.1, row: top, column: left, shade: .dim)
        frame.writeCentered(
            " " + glyphs.truncated(title, to: width - 6) + " ", row: top, from: left,
            to: left + width, shade: .bright)
        for offset in 0..<visible {
            let row = top + 1 + offset
            let index = first + offset
            frame.clear(row: row, from: left, to: left + width)
            frame.write(border.5, row: row, column: left, shade: .dim)
            frame.write(border.5, row: row, column: left + width - 1, shade: .dim)
            guard lines.indices.contains(index) else { continue }
            let text = glyphs.truncated(lines[index], to: width - 4)
            let chosen = index == selection
            let padded =
                chosen
                ? " " + text
                    + String(repeating: " ", count: max(0, width - 4 - ColumnWidth.of(text))) + " "
                : text
            frame.write(
                padded, row: row, column: left + (chosen ? 1 : 2),
                shade: chosen ? .bright : .normal,
                attributes: chosen ? .reverse : [], limit: width - 2)
        }
        frame.clear(row: top + height - 1, from: left, to: left + width)
        frame.write(
            border.2 + horizontal + border.3, row: top + height - 1, column: left, shade: .dim)
    }

    /// The tiny layout's single line: the overlay in as few words as fit, else the status.
    private func drawTinyOverlay(
        _ overlay: Overlay, status: StatusMessage?, into frame: inout Frame
    ) {
        let row = frame.height / 2
        let width = frame.width
        switch overlay {
        case .none:
            guard let status else { return }
            frame.clear(row: row)
            frame.write(
                glyphs.truncated(glyphs.displayable(status.text), to: width), row: row, column: 0,
                shade: .bright)
        case .editor(let label, let editor, _):
            frame.clear(row: row)
            let short = label.split(separator: ":").first.map { String($0) + ":" } ?? ""
            drawEditor(
                label: width >= 30 ? label : short.count * 2 < width ? short : "", editor: editor,
                row: row, into: &frame)
        case .box(let title, let lines, let selection, _, _):
            frame.clear(row: row)
            let text: String
            if let selection, lines.indices.contains(selection) {
                let arrow = glyphs == .unicode ? "›" : ">"
                let position = "\(selection + 1)/\(lines.count)"
                text = glyphs.fitting(
                    ["\(arrow) \(lines[selection]) (\(position))", "\(arrow) \(lines[selection])"]
                        .map(glyphs.displayable), in: width)
            } else {
                text = glyphs.truncated(glyphs.displayable(title), to: width)
            }
            frame.write(text, row: row, column: 0, shade: .bright)
        case .question(_, let keys):
            frame.clear(row: row)
            let letters = keys.map(\.key).filter { $0.count == 1 }
            let text = glyphs.fitting(
                [
                    "evaluate: " + keys.map { "\($0.key) \($0.label)" }.joined(separator: " "),
                    "evaluate: " + letters.joined(separator: " ") + " Esc",
                    letters.joined(separator: "/") + "?",
                ], in: width)
            frame.write(text, row: row, column: 0, shade: .bright)
        }
    }
}

extension HUDRenderer {
    /// The next instant the frame for `state` with `interaction` on top changes: the
    /// plain frame's deadline, or the status message disappearing.
    public func nextDeadline(
        for state: HUDState, interaction: HUDInteraction, width: Int, height: Int
    ) -> Double {
        let deadline = nextDeadline(for: state, width: width, height: height)
        return interaction.nextDeadline(after: state.now).map { min($0, deadline) } ?? deadline
    }
}
