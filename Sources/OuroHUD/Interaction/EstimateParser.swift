/// Reads an estimate as the HUD's prompt accepts it: `25m`, `1h30m`, `1.5h`, `90s`, or a
/// bare number of minutes (`45`).
enum EstimateParser {
    /// The estimate in seconds, or nil unless the text is a positive duration.
    static func seconds(_ text: String) -> Double? {
        let trimmed = text.filter { $0 != " " }.lowercased()
        guard !trimmed.isEmpty else { return nil }
        if let minutes = Double(trimmed) {
            return minutes > 0 && minutes.isFinite ? minutes * 60 : nil
        }
        var total = 0.0
        var number = ""
        for character in trimmed {
            if character.isNumber || character == "." {
                number.append(character)
                continue
            }
            let unit: Double
            switch character {
            case "h": unit = 3600
            case "m": unit = 60
            case "s": unit = 1
            default: return nil
            }
            guard let value = Double(number) else { return nil }
            total += value * unit
            number = ""
        }
        guard number.isEmpty, total > 0, total.isFinite else { return nil }
        return total
    }
}
