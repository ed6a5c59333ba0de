/// The plan every new streak follows: escalating pomodoros and breaks.
public struct StreakRules: Codable, Sendable, Hashable {
    /// The steps in order; non-empty, starting with a pomodoro, every length at least 1 s.
    public private(set) var steps: [StreakStep]

    /// Rules from steps; nil unless they are non-empty, start with a pomodoro and every
    /// length is a finite number of seconds, at least one (so time always moves on).
    public init?(steps: [StreakStep]) {
        guard let first = steps.first, first.kind == .pomodoro,
            steps.allSatisfy({ $0.length >= 1 && $0.length.isFinite })
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
                debugDescription: "streak rules must start with a pomodoro; lengths ≥ 1 s")
        }
        self = rules
    }
}
