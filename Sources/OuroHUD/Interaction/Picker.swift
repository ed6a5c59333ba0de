/// A list to choose one row from with ↑/↓ and Enter.
public struct Picker: Equatable, Sendable {
    /// One row: what it shows and what choosing it means.
    public struct Row: Equatable, Sendable {
        /// The row's text.
        public var label: String
        /// The intention it stands for; nil for "type a new one".
        public var intentionID: Int?

        /// A row.
        public init(label: String, intentionID: Int?) {
            self.label = label
            self.intentionID = intentionID
        }
    }

    /// What the list box's title says, e.g. "Start a pomodoro on".
    public var title: String
    /// The rows, top to bottom.
    public var rows: [Row]
    /// The highlighted row.
    public private(set) var selection: Int

    /// A picker with the first row highlighted.
    public init(title: String, rows: [Row]) {
        self.title = title
        self.rows = rows
        selection = 0
    }

    /// What a key did to the picker.
    public enum Outcome: Equatable, Sendable {
        /// Still choosing.
        case choosing
        /// Enter on a row.
        case chosen(Row)
        /// Esc.
        case cancelled
    }

    /// Applies one key: ↑/↓ (or k/j) move, Home/End jump, a digit 1–9
    /// chooses that row, Enter chooses the highlighted one, Esc cancels.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .up, .character("k"): selection = max(0, selection - 1)
        case .down, .character("j"):
            selection = min(rows.count - 1, selection + 1)
        case .home: selection = 0
        case .end: selection = max(0, rows.count - 1)
        case .enter: return rows.indices.contains(selection) ? .chosen(rows[selection]) : .cancelled
        case .escape: return .cancelled
        case .character(let digit):
            if let number = digit.wholeNumberValue, (1...9).contains(number),
                rows.indices.contains(number - 1)
            {
                selection = number - 1
                return .chosen(rows[selection])
            }
        default: break
        }
        return .choosing
    }
}
