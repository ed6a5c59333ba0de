/// User text (intention titles and descriptions, echoed arguments) made safe for a terminal,
/// a status bar or a spreadsheet: the one place that decides how control characters show.
///
/// A title can hold anything `ouro intend` was given, including escape sequences that set a
/// terminal's title, write its clipboard or forge lines. Every human-readable output passes
/// user text through ``escaped(_:)``: each C0 control (U+0000–U+001F, newline and tab
/// included), DEL (U+007F) and C1 control (U+0080–U+009F) is shown as Swift writes it in a
/// string literal, `\u{1B}`, so it stays visible without acting. These are the characters the
/// HUD draws as nothing (``OuroHUD``'s column width 0). JSON output escapes the same characters
/// as `\u00XX` instead (``JSONText``), which keeps the exact title.
enum DisplayText {
    /// Whether a scalar is a C0 control, DEL or a C1 control.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// `text` with every control character written `\u{HEX}` (upper-case hex, no padding).
    ///
    /// Linear in the text's length; text without control characters comes back unchanged.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                out.append(
                    contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                        .unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Text for a tmux format (`--format tmux` and `--format` templates): escaped, and every
    /// `#` doubled so tmux shows it rather than reading a style (`#[…]`), a format (`#{…}`),
    /// a command (`#(…)`) or an alias (`#T`).
    static func tmux(_ text: String) -> String {
        let safe = escaped(text)
        guard safe.contains("#") else { return safe }
        var out = ""
        for character in safe {
            out.append(character)
            if character == "#" { out.append("#") }
        }
        return out
    }

    /// One CSV cell (RFC 4180): escaped; a cell that a spreadsheet would read as a formula
    /// (starting `=`, `+`, `-` or `@`; a leading tab or carriage return is already escaped)
    /// gets a leading `'`, as OWASP recommends against CSV injection; quoted when it holds a
    /// comma or a quote, with quotes doubled.
    ///
    /// Quotes are doubled by hand: `replacing(_:with:)` lives in `_StringProcessing`, and
    /// one such call linked it and the regex parser (1.3 MB) into the binary.
    static func csvCell(_ text: String) -> String {
        var cell = escaped(text)
        if let first = cell.unicodeScalars.first, formulaStarts.contains(first) {
            cell = "'" + cell
        }
        guard cell.contains(where: { $0 == "," || $0 == "\"" }) else {
            return cell
        }
        var quoted = "\""
        for character in cell {
            quoted.append(character)
            if character == "\"" { quoted.append("\"") }
        }
        return quoted + "\""
    }

    /// The first characters that make a spreadsheet read a cell as a formula.
    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@"]
}
