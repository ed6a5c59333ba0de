/// The model's live state: one small record the store rewrites on every run.
///
/// Counters are explicit rather than derived from array sizes, so a model built from only
/// recent records still numbers new records and scores new intentions correctly.
public struct LiveState: Codable, Sendable, Hashable {
    /// The time the model was last advanced to; nil before the first advance.
    public var now: Double?
    /// The plan for new streaks.
    public var streakRules: StreakRules
    /// The interval running at `now`; nil when idle.
    public var currentIntervalID: Int?
    /// The live streak; nil when no streak is running.
    public var streak: StreakPosition?
    /// The latest ended pomodoro, while it has no evaluation.
    public var awaitingReviewID: Int?
    /// The id the next intention gets; the number created so far is one less.
    public var nextIntentionID: Int
    /// The id the next interval gets.
    public var nextIntervalID: Int
    /// The id the next session gets.
    public var nextSessionID: Int
    /// The id the next work-hour rule gets.
    public var nextWorkHourRuleID: Int
    /// The number the next pomodoro gets (pomodoros are numbered 1, 2, 3 … across streaks).
    public var nextPomodoroNumber: Int

    /// A live state; the defaults describe a model that has never been used.
    public init(
        now: Double? = nil, streakRules: StreakRules = .standard, currentIntervalID: Int? = nil,
        streak: StreakPosition? = nil, awaitingReviewID: Int? = nil, nextIntentionID: Int = 1,
        nextIntervalID: Int = 1, nextSessionID: Int = 1, nextWorkHourRuleID: Int = 1,
        nextPomodoroNumber: Int = 1
    ) {
        self.now = now
        self.streakRules = streakRules
        self.currentIntervalID = currentIntervalID
        self.streak = streak
        self.awaitingReviewID = awaitingReviewID
        self.nextIntentionID = nextIntentionID
        self.nextIntervalID = nextIntervalID
        self.nextSessionID = nextSessionID
        self.nextWorkHourRuleID = nextWorkHourRuleID
        self.nextPomodoroNumber = nextPomodoroNumber
    }

    /// How many intentions were ever created.
    public var intentionsCreated: Int { nextIntentionID - 1 }

    /// The intervals a working set must include besides its window: the running interval and
    /// the pomodoro awaiting review (and, for each, its intention).
    public var requiredIntervalIDs: [Int] {
        [currentIntervalID, awaitingReviewID].compactMap { $0 }
    }
}

extension LiveState {
    /// Reads a live state; one written before pomodoros were numbered (no
    /// `nextPomodoroNumber`) counts from 1 until its snapshot numbers its pomodoros.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            now: try container.decodeIfPresent(Double.self, forKey: .now),
            streakRules: try container.decode(StreakRules.self, forKey: .streakRules),
            currentIntervalID: try container.decodeIfPresent(Int.self, forKey: .currentIntervalID),
            streak: try container.decodeIfPresent(StreakPosition.self, forKey: .streak),
            awaitingReviewID: try container.decodeIfPresent(Int.self, forKey: .awaitingReviewID),
            nextIntentionID: try container.decode(Int.self, forKey: .nextIntentionID),
            nextIntervalID: try container.decode(Int.self, forKey: .nextIntervalID),
            nextSessionID: try container.decode(Int.self, forKey: .nextSessionID),
            nextWorkHourRuleID: try container.decode(Int.self, forKey: .nextWorkHourRuleID),
            nextPomodoroNumber: try container.decodeIfPresent(Int.self, forKey: .nextPomodoroNumber)
                ?? 1)
    }
}
