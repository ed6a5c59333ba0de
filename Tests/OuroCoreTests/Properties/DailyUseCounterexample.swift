import TimerTree

/// A violation found by a simulated day, shrunk to a short command list that still breaks the
/// same invariant on a fresh model, and written out so it can be replayed by hand.
struct DailyUseCounterexample: Sendable {
    /// Where it was found.
    var scenario: DailyUseScenario
    /// The violation after the shortest list found.
    var violation: DailyUseViolation
    /// The shortest list found; the last command is the one after which it breaks.
    var commands: [DailyUseCommand]
    /// How many steps the original run took to break it.
    var originalSteps: Int

    /// Most replays spent shrinking one violation, to keep a failing run bounded.
    static let replayBudget = 400

    /// Shrinks `violation`, found after `commands`, by removing ever smaller runs of
    /// commands while the same invariant still breaks (delta debugging, greedy).
    ///
    /// - Complexity: at most ``replayBudget`` replays of at most `commands.count` steps.
    init(
        shrinking violation: DailyUseViolation, commands: [DailyUseCommand],
        scenario: DailyUseScenario
    ) {
        self.scenario = scenario
        originalSteps = violation.step + 1
        var kept = Array(commands.prefix(violation.step + 1))
        var found = violation
        var budget = Self.replayBudget
        var chunk = max(1, kept.count / 2)
        while budget > 0 {
            var index = 0
            var removed = false
            while index < kept.count, budget > 0 {
                var candidate = kept
                candidate.removeSubrange(index..<min(index + chunk, kept.count))
                budget -= 1
                if let again = DailyUseSimulation.replay(
                    candidate, zone: scenario.zone, firstDay: scenario.firstDay,
                    checking: [violation.invariant])
                {
                    kept = Array(candidate.prefix(again.step + 1))
                    found = again
                    removed = true
                } else {
                    index += chunk
                }
            }
            if chunk == 1 && !removed { break }
            chunk = max(1, chunk / 2)
        }
        self.violation = found
        self.commands = kept
    }

    /// The report: the scenario and seed to replay, what broke, and the commands.
    var text: String {
        var lines = [
            "\(violation.invariant.rawValue) broken: \(violation.detail)",
            "scenario \(scenario) (TZ=\(scenario.zone.identifier)); the seed's run broke it "
                + "after step \(originalSteps - 1); shrunk to \(commands.count) commands:",
        ]
        for (index, command) in commands.enumerated() {
            lines.append("  [\(index)] " + command.line(in: scenario.zone))
        }
        return lines.joined(separator: "\n")
    }
}
