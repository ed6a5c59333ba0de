/// The plan every new streak follows: escalating pomodoros and breaks.
public struct StreakRules: Codable, Sendable, Hashable {
    /// The steps in order; non-empty, starting with a pomodoro, within ``mostPomodoros``
    /// and ``stepLengths``.
    public private(set) var steps: [StreakStep]

    /// The most pomodoros one streak plans (and as many breaks).
    ///
    /// A pomodoro's intention-set points double with its index in the streak, so the plan's
    /// length bounds every score: 32 pomodoros keep a day's points near 1e11, far from where
    /// output conversions or sums lose precision.
    public static let mostPomodoros = 32

    /// The lengths a pomodoro or break may have: 1 minute to 4 hours, in seconds.
    public static let stepLengths: ClosedRange<Double> = 60...14_400

    /// Rules from steps; nil unless they are non-empty, start with a pomodoro, hold at most
    /// ``mostPomodoros`` pomodoros and breaks each, and every length lies in ``stepLengths``
    /// (so time always moves on, and scores stay bounded).
    public init?(steps: [StreakStep]) {
        guard let first = steps.first, first.kind == .pomodoro,
            steps.count <= 2 * Self.mostPomodoros,
            steps.lazy.filter({ $0.kind == .pomodoro }).count <= Self.mostPomodoros,
            steps.allSatisfy({ Self.stepLengths.contains($0.length) })
        else { return nil }
        self.steps = steps
    }

    /// Rules from (pomodoro, break) minute pairs as `--streak 5/5,10/5` gives them; a nil
    /// break ends the streak after that pomodoro.
    public init?(minutes pairs: [(pomodoro: Double, rest: Double?)]) {
        var steps: [StreakStep] = []
        for pair in pairs {
            steps.append(StreakStep(.pomodoro, length: pair.pomodoro * 60))
            if let rest = pair.rest { steps.append(StreakStep(.break, length: rest * 60)) }
        }
        self.init(steps: steps)
    }

    /// 5/5, 10/5, 20/5, 30/10 minutes.
    public static let standard = StreakRules(minutes: [
        (5, 5), (10, 5), (20, 5), (30, 10),
    ])!
}

extension StreakRules {
    private enum CodingKeys: String, CodingKey {
        case steps
    }

    /// Decodes rules, refusing steps the memberwise checks would refuse (an empty plan would
    /// leave a new streak without a first pomodoro).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let steps = try container.decode([StreakStep].self, forKey: .steps)
        guard let rules = StreakRules(steps: steps) else {
            throw DecodingError.dataCorruptedError(
                forKey: .steps, in: container,
                debugDescription:
                    "streak rules must start with a pomodoro; at most 32 pomodoros; lengths 1 min–4 h"
            )
        }
        self = rules
    }
}
