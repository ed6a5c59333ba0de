/// The one-line key hint: what each key does, or the evaluation keys while a pomodoro
/// waits for its evaluation.
enum KeyHint {
    /// The hint's items (key, what it does) for a state.
    static func items(awaitingEvaluation: Bool) -> [(key: String, label: String)] {
        awaitingEvaluation
            ? [("d", "distracted"), ("i", "interrupted"), ("f", "focused"), ("a", "achieved")]
            : [
                ("n", "new"), ("s", "start"), ("e", "evaluate"), ("a", "abandon"), ("l", "list"),
                ("?", "help"), ("q", "quit"),
            ]
    }

    /// Draws the hint centred on `row`; keys bold and underlined, labels dim. When the
    /// labels do not fit, only the keys are shown.
    static func draw(into frame: inout Frame, row: Int, awaitingEvaluation: Bool) {
        draw(
            items(awaitingEvaluation: awaitingEvaluation),
            prefix: awaitingEvaluation ? "evaluate the last pomodoro: " : "", into: &frame,
            row: row)
    }

    /// Draws `items` after `prefix`, centred on `row`, in the hint's style; labels are
    /// dropped when they do not fit, then the prefix.
    static func draw(
        _ items: [(key: String, label: String)], prefix: String, into frame: inout Frame,
        row: Int
    ) {
        draw(items, prefixes: [prefix], into: &frame, row: row)
    }

    /// Draws `items` after the first of `prefixes` (longest first) with which the keys and
    /// their labels fit; failing that, the keys alone after the first prefix that fits, or
    /// none.
    static func draw(
        _ items: [(key: String, label: String)], prefixes: [String], into frame: inout Frame,
        row: Int
    ) {
        func line(prefix: String, labels: Bool) -> String {
            prefix
                + items.map { labels ? "\($0.key) \($0.label)" : $0.key }
                .joined(separator: labels ? "  " : " ")
        }
        let width = frame.width
        func fits(_ prefix: String, _ labels: Bool) -> Bool {
            ColumnWidth.of(line(prefix: prefix, labels: labels)) <= width
        }
        let withLabels = prefixes.contains { fits($0, true) }
        let prefix = prefixes.first { fits($0, withLabels) } ?? ""
        let text = line(prefix: prefix, labels: withLabels)
        var column = max(0, (frame.width - ColumnWidth.of(text)) / 2)
        column += frame.write(prefix, row: row, column: column, shade: .normal)
        for (index, item) in items.enumerated() {
            if index > 0 {
                column += frame.write(withLabels ? "  " : " ", row: row, column: column)
            }
            column += frame.write(
                item.key, row: row, column: column, shade: .bright, attributes: .underline)
            if withLabels {
                column += frame.write(" \(item.label)", row: row, column: column, shade: .dim)
            }
        }
    }
}
