/// What an interaction mode puts on top of the HUD, independent of the layout.
enum Overlay: Equatable {
    /// Nothing: the HUD alone.
    case none
    /// A line editor on the bottom rows: its label, the editor and the keys it takes.
    case editor(label: String, editor: LineEditor, hint: [HintItem])
    /// A list box: a title, its lines, the highlighted line (if any), the first line shown,
    /// and the keys along the bottom.
    case box(title: String, lines: [String], selection: Int?, scroll: Int, hint: [HintItem])
    /// A one-line question: the text before the keys (longest first, the first that fits
    /// is shown), and the keys.
    case question(prefixes: [String], keys: [HintItem])

    /// A key and what it does, as the hint line shows them.
    struct HintItem: Equatable {
        var key: String
        var label: String
    }
}

extension Overlay {
    /// The overlay for a mode, with the catalog for the list.
    init(_ mode: HUDInteraction.Mode, catalog: HUDCatalog) {
        let cancel = HintItem(key: "Esc", label: "cancel")
        switch mode {
        case .normal:
            self = .none
        case .newIntentionTitle(let editor):
            self = .editor(
                label: "New intention: ", editor: editor,
                hint: [HintItem(key: "Enter", label: "next: estimate"), cancel])
        case .newIntentionEstimate(let title, let editor):
            self = .editor(
                label: "Estimate for “\(title)”: ", editor: editor,
                hint: [
                    HintItem(key: "25m, 1h30m", label: "or nothing"),
                    HintItem(key: "Enter", label: "create"), cancel,
                ])
        case .startNewTitle(let editor):
            self = .editor(
                label: "Start a pomodoro on: ", editor: editor,
                hint: [HintItem(key: "Enter", label: "start"), cancel])
        case .startPicker(let picker), .abandonPicker(let picker):
            let verb = if case .startPicker = mode { "start" } else { "abandon" }
            self = .box(
                title: picker.title, lines: picker.rows.map(\.label), selection: picker.selection,
                scroll: 0,
                hint: [
                    HintItem(key: "↑↓", label: "choose"), HintItem(key: "Enter", label: verb),
                    cancel,
                ])
        case .evaluate(_, let title, let automatic):
            let subject = title.isEmpty ? "the last pomodoro" : "“\(title)”"
            self = .question(
                prefixes: ["Evaluate \(subject): ", "Evaluate: ", ""],
                keys: [
                    HintItem(key: "d", label: "distracted"),
                    HintItem(key: "i", label: "interrupted"),
                    HintItem(key: "f", label: "focused"), HintItem(key: "a", label: "achieved"),
                    HintItem(key: "Esc", label: automatic ? "later" : "cancel"),
                ])
        case .list(let scroll):
            self = .box(
                title: "Intentions and today's pomodoros", lines: Self.listLines(catalog),
                selection: nil, scroll: scroll,
                hint: [HintItem(key: "↑↓", label: "scroll"), HintItem(key: "Esc", label: "close")])
        case .help:
            self = .box(
                title: "Keys", lines: Self.helpLines, selection: nil, scroll: 0,
                hint: [HintItem(key: "any key", label: "close")])
        }
    }

    /// The help screen: the keys of the spec, then the line editor's.
    static let helpLines = [
        "n  new intention: a title, then an optional estimate",
        "s  start a pomodoro: pick an intention, or type a new one",
        "e  evaluate the latest pomodoro:",
        "     d distracted  i interrupted  f focused  a achieved",
        "a  abandon an intention",
        "l  list intentions and today's pomodoros",
        "?  this help",
        "q  quit",
        "",
        "When a pomodoro ends, the HUD asks for its evaluation;",
        "Esc puts the question off until the next one ends.",
        "",
        "Editing: ← → Home End, Backspace, Ctrl-U clears,",
        "Ctrl-W deletes a word, Enter accepts, Esc cancels.",
    ]

    /// The list: open intentions, then finished ones, then today's pomodoros.
    static func listLines(_ catalog: HUDCatalog) -> [String] {
        var lines = ["Intentions"]
        if catalog.intentions.isEmpty { lines.append("  none yet: press n") }
        for intention in catalog.intentions {
            let count = intention.pomodoros == 1 ? "1 pomodoro" : "\(intention.pomodoros) pomodoros"
            let status = intention.status == .open ? "" : ", \(intention.status.rawValue)"
            lines.append("  \(intention.id). \(intention.title) (\(count)\(status))")
        }
        lines += ["", "Today's pomodoros"]
        if catalog.pomodoros.isEmpty { lines.append("  none yet: press s") }
        for pomodoro in catalog.pomodoros {
            let evaluation = pomodoro.evaluation?.rawValue ?? "not evaluated"
            lines.append("  \(pomodoro.startClock)  \(pomodoro.title): \(evaluation)")
        }
        return lines
    }
}
