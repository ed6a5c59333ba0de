/// The whole model: intentions, intervals, sessions, rules and the live state, advanced by its
/// caller through time and changed by commands.
///
/// A `Nexus` may hold the full history or only a working set (the live state plus the
/// records a run needs); queries over a window are correct when the working set covers it.
/// It is a value: copying it is cheap until one copy changes.
public struct Nexus: Sendable {
    /// The live state: counters, streak position, current interval, last update.
    public internal(set) var live: LiveState
    var intentionTable: RecordTable<IntentionRecord>
    var intervalTable: RecordTable<IntervalRecord>
    var sessionTable: RecordTable<SessionRecord>
    var ruleTable: RecordTable<WorkHourRule>
    var touched = TouchedRecords()

    /// An empty model that has never been advanced, with the standard streak rules.
    public init() {
        self.live = LiveState()
        self.intentionTable = RecordTable()
        self.intervalTable = RecordTable()
        self.sessionTable = RecordTable()
        self.ruleTable = RecordTable()
    }

    /// A model from the live state and a working set of records.
    ///
    /// Pass at least: the intervals the live state names (``LiveState/requiredIntervalIDs``),
    /// the intentions of every pomodoro passed, the sessions that end after 24 hours before
    /// the last update (a change of rules and a new session check them for overlaps), and
    /// every work-hour rule. For window queries, also every interval starting in the
    /// window and every intention created or estimated in it. Records may come in any order.
    ///
    /// - Throws: ``NexusError/missingRecord(kind:id:)`` when a required record is absent.
    /// - Complexity: O(n) for records already sorted by id, O(n log n) otherwise.
    public init(
        live: LiveState, intentions: [IntentionRecord], intervals: [IntervalRecord],
        sessions: [SessionRecord], workHourRules: [WorkHourRule]
    ) throws(NexusError) {
        self.live = live
        self.intentionTable = RecordTable(intentions)
        self.intervalTable = RecordTable(intervals)
        self.sessionTable = RecordTable(sessions)
        self.ruleTable = RecordTable(workHourRules)
        for id in live.requiredIntervalIDs where intervalTable[id] == nil {
            throw .missingRecord(kind: "interval", id: id)
        }
        // A bitmap of loaded intention ids checks every pomodoro's reference in O(1).
        var loaded = [Bool](repeating: false, count: max(live.nextIntentionID, 1))
        for intention in intentionTable.records where intention.id >= 0 {
            if intention.id >= loaded.count {
                loaded.append(
                    contentsOf: repeatElement(false, count: intention.id - loaded.count + 1))
            }
            loaded[intention.id] = true
        }
        for interval in intervalTable.records {
            if let intentionID = interval.intentionID,
                intentionID < 0 || intentionID >= loaded.count || !loaded[intentionID]
            {
                throw .missingRecord(kind: "intention", id: intentionID)
            }
        }
    }

    /// Every loaded intention, by id.
    public var intentions: [IntentionRecord] { intentionTable.records }
    /// Every loaded interval, by id (which is also start order).
    public var intervals: [IntervalRecord] { intervalTable.records }
    /// Every loaded session, by id.
    public var sessions: [SessionRecord] { sessionTable.records }
    /// Every work-hour rule, by id.
    public var workHourRules: [WorkHourRule] { ruleTable.records }
    /// The plan new streaks follow.
    public var streakRules: StreakRules { live.streakRules }
    /// The time the model was last advanced to.
    public var now: Double? { live.now }

    /// The intention with this id, if loaded.
    public func intention(_ id: Int) -> IntentionRecord? { intentionTable[id] }
    /// The interval with this id, if loaded.
    public func interval(_ id: Int) -> IntervalRecord? { intervalTable[id] }
    /// The session with this id, if loaded.
    public func session(_ id: Int) -> SessionRecord? { sessionTable[id] }
}
