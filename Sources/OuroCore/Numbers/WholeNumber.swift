/// Whole numbers from `Double`s that never trap.
///
/// `Int(someDouble)` traps on NaN, infinity and values beyond `Int`'s range, and a corrupt
/// store or an absurd input can put such a value in front of any output. Every conversion
/// for display (countdowns, points, percentages, hook times, the HUD's geometry) goes
/// through here instead.
public enum WholeNumber {
    /// `value` rounded by `rule`, clamped to ±1e15 (far beyond any time or score ouro shows,
    /// well inside `Int`), and 0 for NaN.
    ///
    /// - Complexity: O(1).
    public static func rounding(_ value: Double, _ rule: FloatingPointRoundingRule) -> Int {
        guard !value.isNaN else { return 0 }
        return Int(min(max(value, -1e15), 1e15).rounded(rule))
    }
}
