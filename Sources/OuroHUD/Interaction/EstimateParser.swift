import OuroCore

/// Reads an estimate as the HUD's prompt accepts it: `25m`, `1h30m`, `1.5h`, `90s`, or a
/// bare number of minutes (`45`).
///
/// Kinder than the command line's `DurationArgument`, which a script feeds: someone typing
/// into the prompt means minutes by a bare number and may write `1.5h`. Both refuse zero
/// and anything past ``Estimate/longestDuration``.
enum EstimateParser {
    /// The estimate in seconds, or nil unless the text is a positive duration no longer than
    /// ``Estimate/longestDuration``.
    static func seconds(_ text: String) -> Double? {
        let trimmed = text.filter { $0 != " " }.lowercased()
        // Digits and points only: `Double` would also read `1e9`, `inf` and `0x1p4`.
        guard !trimmed.isEmpty, trimmed.contains(where: { $0.isASCII && $0.isNumber }),
            trimmed.allSatisfy({ ($0.isASCII && $0.isNumber) || "hms.".contains($0) })
        else { return nil }
        if let minutes = Double(trimmed) { return bounded(minutes * 60) }
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
        guard number.isEmpty else { return nil }
        return bounded(total)
    }

    private static func bounded(_ seconds: Double) -> Double? {
        seconds > 0 && seconds <= Estimate.longestDuration ? seconds : nil
    }
}
