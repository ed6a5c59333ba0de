/// Builds one line of JSON by hand.
///
/// `ouro status --json` runs in status bars every second; a hand-written writer avoids
/// Codable's dynamic casts and keeps the field order the spec shows.
struct JSONText {
    /// The text so far.
    private(set) var text = ""
    private var needsComma = false

    /// Starts an object (`{`).
    mutating func beginObject() { openContainer("{") }
    /// Ends an object (`}`).
    mutating func endObject() { closeContainer("}") }
    /// Starts an array (`[`).
    mutating func beginArray() { openContainer("[") }
    /// Ends an array (`]`).
    mutating func endArray() { closeContainer("]") }

    /// Writes `"name":` inside an object; the value follows.
    mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        text += ":"
        needsComma = false
    }

    /// `"name":` and a number.
    mutating func field(_ name: String, _ value: Double?) {
        key(name)
        number(value)
    }

    /// `"name":` and an integer.
    mutating func field(_ name: String, _ value: Int?) {
        key(name)
        integer(value)
    }

    /// `"name":` and a string.
    mutating func field(_ name: String, _ value: String?) {
        key(name)
        string(value)
    }

    /// `"name":` and a boolean.
    mutating func field(_ name: String, _ value: Bool) {
        key(name)
        bool(value)
    }

    /// A number; non-finite values are written as `null` (JSON has no infinity).
    mutating func number(_ value: Double?) {
        separate()
        guard let value, value.isFinite else {
            text += "null"
            return
        }
        text += value.description
    }

    /// An integer.
    mutating func integer(_ value: Int?) {
        separate()
        text += value.map { $0.description } ?? "null"
    }

    /// A string.
    mutating func string(_ value: String?) {
        separate()
        guard let value else {
            text += "null"
            return
        }
        appendQuoted(value)
    }

    /// A boolean.
    mutating func bool(_ value: Bool) {
        separate()
        text += value ? "true" : "false"
    }

    /// `null`.
    mutating func null() {
        separate()
        text += "null"
    }

    private mutating func openContainer(_ bracket: String) {
        separate()
        text += bracket
        needsComma = false
    }

    private mutating func closeContainer(_ bracket: String) {
        text += bracket
        needsComma = true
    }

    private mutating func separate() {
        if needsComma { text += "," }
        needsComma = true
    }

    private mutating func appendQuoted(_ value: String) {
        text += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            // Every C0 control, DEL and C1 control (the characters ``DisplayText`` escapes),
            // and the line and paragraph separators JavaScript reads as line ends.
            case _
            where DisplayText.isControl(scalar) || scalar == "\u{2028}"
                || scalar == "\u{2029}":
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
