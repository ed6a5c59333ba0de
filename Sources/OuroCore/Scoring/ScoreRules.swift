/// The points table of the spec, shared by the model and the ideal-future simulation so the
/// two can never disagree.
enum ScoreRules {
    /// Points for creating the intention with this ordinal (its id): 3, 3, 3, 2, 2, 2, 1, 1, 1, 0…
    static func intentionCreated(ordinal: Int) -> Double {
        guard ordinal >= 1 else { return 0 }
        return Double(max(0, 3 - (ordinal - 1) / 3))
    }

    /// Points for starting the pomodoro with this index in its streak: 2^index.
    static func intentionSet(indexInStreak: Int) -> Double {
        var points = 1.0
        for _ in 0..<max(0, indexInStreak) { points *= 2 }
        return points
    }

    /// Points for completing an intention that had this many pomodoros.
    static func intentionCompleted(pomodoros: Int) -> Double {
        10 + Double(min(5, max(0, pomodoros - 1)))
    }

    /// Points for a completed intention's estimates: with `actual` its summed pomodoro time,
    /// the best of its last 10 estimates (newest first, capped 10, 9, …, 1) at
    /// min(accuracy, earliness, cap), where accuracy = ⌊10 × max(0, 1 − |actual − estimate| /
    /// actual)⌋ and earliness = ⌊10 × min(1, (evaluatedAt − madeAt) / actual)⌋.
    ///
    /// With `actual` = 0 (achieved at the second it started) the result is 0: no estimate
    /// can be accurate about no work, and nothing divides by zero.
    ///
    /// - Complexity: O(1): at most 10 estimates are looked at.
    static func estimateAccuracy(
        estimates: [Estimate], actual: Double, evaluatedAt: Double
    ) -> Double {
        guard actual > 0 else { return 0 }
        var best = 0.0
        for (offset, estimate) in estimates.suffix(10).reversed().enumerated() {
            let cap = Double(10 - offset)
            let accuracy = (10 * max(0, 1 - abs(actual - estimate.duration) / actual))
                .rounded(.down)
            let earliness = (10 * min(1, max(0, evaluatedAt - estimate.madeAt) / actual))
                .rounded(.down)
            best = max(best, min(accuracy, earliness, cap))
        }
        return best
    }
}
