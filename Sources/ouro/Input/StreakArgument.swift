import OuroCore

/// The lengths of a streak's pomodoros and breaks: `5/5,10/5,20/5,30/10` (minutes).
///
/// Each comma-separated step is a pomodoro length and the break after it, in whole minutes
/// from 1 to 240 (4 hours); from 1 to 32 steps, the bounds `StreakRules` keeps. Writing
/// steps as pairs makes "starts with a pomodoro" true by construction.
struct StreakArgument: Hashable, Sendable, ParsedArgument {
    /// One pomodoro and the break that follows it.
    struct Step: Hashable, Sendable {
        /// The pomodoro's length in minutes.
        var pomodoroMinutes: Int
        /// The break's length in minutes.
        var breakMinutes: Int
    }

    /// The steps in order, at least one.
    var steps: [Step]

    /// The lengths in seconds, alternating pomodoro and break, starting with a pomodoro.
    var intervalSeconds: [Int] {
        steps.flatMap { [$0.pomodoroMinutes * 60, $0.breakMinutes * 60] }
    }

    /// The most minutes a pomodoro or break may last (4 hours).
    static let longestMinutes = Int(StreakRules.stepLengths.upperBound / 60)

    private static let expected =
        "use 1 to \(StreakRules.mostPomodoros) pomodoro/break pairs of 1 to \(longestMinutes)"
        + " minutes each, separated by commas, like 5/5,10/5,20/5,30/10"

    /// Parses `text`, saying what is wrong when it does not parse.
    init(parsing text: String) throws(InputError) {
        var steps: [Step] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let lengths = item.split(separator: "/", omittingEmptySubsequences: false)
            guard lengths.count == 2, let pomodoro = Self.minutes(lengths[0]),
                let pause = Self.minutes(lengths[1])
            else { throw InputError(value: text, expected: Self.expected) }
            steps.append(Step(pomodoroMinutes: pomodoro, breakMinutes: pause))
            guard steps.count <= StreakRules.mostPomodoros else {
                throw InputError(value: text, expected: Self.expected)
            }
        }
        self.steps = steps
    }

    private static func minutes(_ text: Substring) -> Int? {
        var scanner = TextScanner(String(text))
        guard let (value, _) = scanner.digits(maximum: 4), scanner.isAtEnd,
            (1...longestMinutes).contains(value)
        else { return nil }
        return value
    }
}
