/// Seeded hostile intention titles: escape sequences that set a terminal's title or write
/// its clipboard, bare C0, DEL and C1 controls, line breaks, tmux `#[…]` styles and
/// `#{…}` formats, and spreadsheet formula starts, mixed with ordinary text.
///
/// NUL is left out: no argument can carry it.
enum HostileTitle {
    /// Pieces a title is made of.
    static let pieces: [String] = [
        "Write report", "é", "日本", " ", ",", "\"", "'", "#", "##", "#[fg=red]", "#{pane_title}",
        "#(id)", "#T", "=1+1", "+1", "-1", "@SUM(A1)", "=HYPERLINK(\"x\")",
        "\u{1B}]2;PWNED\u{07}", "\u{1B}]52;c;SGVsbG8=\u{07}", "\u{1B}[31m", "\u{1B}[2J",
        "\u{1B}P+q\u{1B}\\", "\n", "\r", "\r\n", "\t", "\u{7F}", "\u{85}", "\u{9B}31m",
        "\u{9D}0;x\u{9C}", "\u{2028}",
    ]

    /// Characters a formula can start with in a spreadsheet.
    static let formulaStarts: [String] = ["=", "+", "-", "@", "\t", "\r"]

    /// A title of 1 to 6 pieces, a bare control character now and then, and sometimes a
    /// formula start in front.
    static func make(using generator: inout SeededGenerator) -> String {
        var title = ""
        if Int.random(in: 0..<4, using: &generator) == 0 {
            title += formulaStarts.randomElement(using: &generator)!
        }
        for _ in 0..<Int.random(in: 1...6, using: &generator) {
            if Int.random(in: 0..<4, using: &generator) == 0 {
                let controls = Array(1..<0x20) + [0x7F] + Array(0x80..<0xA0)
                title.unicodeScalars.append(
                    Unicode.Scalar(UInt32(controls.randomElement(using: &generator)!))!)
            } else {
                title += pieces.randomElement(using: &generator)!
            }
        }
        // Blank titles are refused and digit-only ones name an id; neither is the point here.
        if title.allSatisfy({ $0.isWhitespace || $0.isNumber }) { title = "x" + title }
        return title
    }

    /// The control characters a line of human-readable output must not hold: every C0
    /// control but those in `allowed`, DEL and every C1 control.
    static func controls(
        in text: String, allowing allowed: Set<Unicode.Scalar> = ["\n"]
    )
        -> [UInt32]
    {
        text.unicodeScalars.filter {
            ($0.value < 0x20 || (0x7F...0x9F).contains($0.value)) && !allowed.contains($0)
        }.map(\.value)
    }

    /// How a title shows in human-readable output, worked out here independently of the
    /// code under test: each C0, DEL or C1 control as `\u{HEX}`.
    static func visible(_ title: String) -> String {
        var out = ""
        for scalar in title.unicodeScalars {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A CSV text split into records of fields (RFC 4180 quoting).
    static func csvRecords(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var index = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if quoted {
                if scalar == "\"" {
                    if index < scalars.endIndex, scalars[index] == "\"" {
                        field += "\""
                        index = scalars.index(after: index)
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                record.append(field)
                field = ""
            } else if scalar == "\n" {
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !record.isEmpty { records.append(record + [field]) }
        return records
    }
}
