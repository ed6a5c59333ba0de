/// Which characters the HUD may draw with, from the locale's character set.
public enum GlyphSet: Hashable, Sendable {
    /// UTF-8: braille for the ring, block elements for digits and the day line.
    case unicode
    /// Anything else: printable ASCII only.
    case ascii

    /// The glyph set for a locale codeset as `nl_langinfo(CODESET)` names it.
    public init(codeset: String) {
        let name = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        self = name == "utf8" ? .unicode : .ascii
    }

    /// The mark for text cut short.
    var ellipsis: String { self == .unicode ? "…" : "~" }

    /// The separator between items on a line.
    var separator: String { self == .unicode ? " · " : " - " }

    /// Text that this glyph set can show: ASCII keeps the common punctuation readable and
    /// turns any other non-ASCII character into `?`.
    func displayable(_ text: String) -> String {
        guard self == .ascii else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "—", "–": result += "-"
            case "…": result += "..."
            case "·": result += "."
            case "→": result += "->"
            case "‘", "’": result += "'"
            case "“", "”": result += "\""
            default:
                result += scalar.isASCII && scalar.value >= 0x20 ? String(scalar) : "?"
            }
        }
        return result
    }

    /// `text` cut to `columns`, with an ellipsis when it was cut.
    func truncated(_ text: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        if ColumnWidth.of(text) <= columns { return text }
        let mark = ColumnWidth.of(ellipsis) < columns ? ellipsis : ""
        var result = ""
        var used = ColumnWidth.of(mark)
        for character in text {
            let width = ColumnWidth.of(character)
            if used + width > columns { break }
            result.append(character)
            used += width
        }
        return result + mark
    }

    /// The first candidate that fits in `columns`, or the last one cut to fit.
    func fitting(_ candidates: [String], in columns: Int) -> String {
        if let fit = candidates.first(where: { ColumnWidth.of($0) <= columns }) { return fit }
        return truncated(candidates.last ?? "", to: columns)
    }
}
