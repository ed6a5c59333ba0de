import TimerTree

extension NexusSnapshot {
    /// The four bytes every binary snapshot starts with: `OURO`.
    static let magic: [UInt8] = Array("OURO".utf8)

    /// The snapshot in ouro's compact binary form (magic, version, then every record), in
    /// the layout of its ``version``: a version-1 snapshot is written without the fields
    /// version 2 added, so older ouro builds can still read it.
    ///
    /// Loads about an order of magnitude faster than JSON for a 10-year history (see the
    /// OuroCoreBench figures in the changelog); round-trips every field exactly.
    /// - Complexity: O(records).
    public func encoded() -> [UInt8] {
        var writer = BinaryWriter(capacity: 64 + intervals.count * 40 + intentions.count * 64)
        writer.write(Self.magic.count)
        for byte in Self.magic { writer.write(Int(byte)) }
        writer.write(version)
        live.write(to: &writer, version: version)
        writer.write(intentions.count)
        for intention in intentions { intention.write(to: &writer) }
        writer.write(intervals.count)
        for interval in intervals { interval.write(to: &writer, version: version) }
        writer.write(sessions.count)
        for session in sessions { session.write(to: &writer) }
        writer.write(workHourRules.count)
        for rule in workHourRules { rule.write(to: &writer) }
        return writer.bytes
    }

    /// Reads a snapshot from its binary form.
    ///
    /// - Throws: ``NexusError/corruptSnapshot(_:)`` for bytes that are not a snapshot this
    ///   build can read.
    public init(encoded bytes: [UInt8]) throws(NexusError) {
        let decoded = bytes.withUnsafeBytes { raw -> Result<NexusSnapshot, NexusError> in
            do throws(NexusError) {
                var reader = BinaryReader(raw)
                return .success(try NexusSnapshot(reading: &reader))
            } catch {
                return .failure(error)
            }
        }
        self = try decoded.get()
    }

    /// Reads a whole snapshot; the reader must be at its start.
    private init(reading reader: inout BinaryReader) throws(NexusError) {
        let magicCount = try reader.count()
        var magic: [UInt8] = []
        for _ in 0..<magicCount { magic.append(UInt8(truncatingIfNeeded: try reader.int())) }
        guard magic == Self.magic else { throw .corruptSnapshot("not an ouro snapshot") }
        let version = try reader.int()
        guard version >= 1, version <= Self.currentVersion else {
            throw .corruptSnapshot("version \(version) is not readable by this ouro")
        }
        var live = try LiveState(reading: &reader, version: version)
        let intentionCount = try reader.count()
        var intentions: [IntentionRecord] = []
        intentions.reserveCapacity(intentionCount)
        for _ in 0..<intentionCount { intentions.append(try IntentionRecord(reading: &reader)) }
        let intervalCount = try reader.count()
        var intervals: [IntervalRecord] = []
        intervals.reserveCapacity(intervalCount)
        for _ in 0..<intervalCount {
            intervals.append(try IntervalRecord(reading: &reader, version: version))
        }
        if version < 2 { NexusSnapshot.numberPomodoros(&intervals, live: &live) }
        let sessionCount = try reader.count()
        var sessions: [SessionRecord] = []
        for _ in 0..<sessionCount { sessions.append(try SessionRecord(reading: &reader)) }
        let ruleCount = try reader.count()
        var rules: [WorkHourRule] = []
        for _ in 0..<ruleCount { rules.append(try WorkHourRule(reading: &reader)) }
        guard reader.isAtEnd else { throw .corruptSnapshot("trailing bytes") }
        self.init(
            live: live, intentions: intentions, intervals: intervals, sessions: sessions,
            workHourRules: rules)
        self.version = version
    }
}

extension LiveState {
    fileprivate func write(to writer: inout BinaryWriter, version: Int) {
        writer.write(now)
        streakRules.steps.write(to: &writer)
        writer.write(currentIntervalID)
        writer.write(streak != nil)
        if let streak {
            writer.write(streak.streakID)
            streak.remaining.write(to: &writer)
            writer.write(streak.pomodoros)
        }
        writer.write(awaitingReviewID)
        writer.write(nextIntentionID)
        writer.write(nextIntervalID)
        writer.write(nextSessionID)
        writer.write(nextWorkHourRuleID)
        if version >= 2 { writer.write(nextPomodoroNumber) }
    }

    fileprivate init(reading reader: inout BinaryReader, version: Int) throws(NexusError) {
        let now = try reader.optionalDouble()
        guard let rules = StreakRules(steps: try [StreakStep](reading: &reader)) else {
            throw .corruptSnapshot(
                "invalid streak rules (1 to 32 pomodoros, each pomodoro and break 1 minute to 4 hours)"
            )
        }
        let current = try reader.optionalInt()
        var streak: StreakPosition?
        if try reader.bool() {
            streak = StreakPosition(
                streakID: try reader.int(), remaining: try [StreakStep](reading: &reader),
                pomodoros: try reader.int())
        }
        self.init(
            now: now, streakRules: rules, currentIntervalID: current, streak: streak,
            awaitingReviewID: try reader.optionalInt(), nextIntentionID: try reader.int(),
            nextIntervalID: try reader.int(), nextSessionID: try reader.int(),
            nextWorkHourRuleID: try reader.int(),
            nextPomodoroNumber: version >= 2 ? try reader.int() : 1)
    }
}

extension [StreakStep] {
    fileprivate func write(to writer: inout BinaryWriter) {
        writer.write(count)
        for step in self {
            writer.write(step.kind == .pomodoro)
            writer.write(step.length)
        }
    }

    fileprivate init(reading reader: inout BinaryReader) throws(NexusError) {
        var steps: [StreakStep] = []
        for _ in 0..<(try reader.count()) {
            let kind: StreakStep.Kind = try reader.bool() ? .pomodoro : .break
            steps.append(StreakStep(kind, length: try reader.double()))
        }
        self = steps
    }
}

extension IntentionRecord {
    fileprivate func write(to writer: inout BinaryWriter) {
        writer.write(id)
        writer.write(title)
        writer.write(description)
        writer.write(created)
        writer.write(modified)
        writer.write(estimates.count)
        for estimate in estimates {
            writer.write(estimate.duration)
            writer.write(estimate.madeAt)
            writer.write(estimate.earnsPoint)
        }
        writer.write(pomodoroIDs.count)
        for id in pomodoroIDs { writer.write(id) }
        writer.write(workedSeconds)
        writer.write(isAbandoned)
        writer.write(completion != nil)
        if let completion {
            writer.write(completion.pomodoroID)
            writer.write(completion.at)
            writer.write(completion.points)
            writer.write(completion.accuracyPoints)
        }
    }

    fileprivate init(reading reader: inout BinaryReader) throws(NexusError) {
        let id = try reader.int()
        let title = try reader.string()
        let description = try reader.string()
        let created = try reader.double()
        let modified = try reader.double()
        var estimates: [Estimate] = []
        for _ in 0..<(try reader.count()) {
            estimates.append(
                Estimate(
                    duration: try reader.double(), madeAt: try reader.double(),
                    earnsPoint: try reader.bool()))
        }
        var pomodoroIDs: [Int] = []
        for _ in 0..<(try reader.count()) { pomodoroIDs.append(try reader.int()) }
        let worked = try reader.double()
        let abandoned = try reader.bool()
        var completion: Completion?
        if try reader.bool() {
            completion = Completion(
                pomodoroID: try reader.int(), at: try reader.double(),
                points: try reader.double(), accuracyPoints: try reader.double())
        }
        self.init(
            id: id, title: title, description: description, created: created,
            modified: modified, estimates: estimates, pomodoroIDs: pomodoroIDs,
            workedSeconds: worked, isAbandoned: abandoned, completion: completion)
    }
}

/// An enum stored in the binary form as its position in a fixed list, so reordering or
/// adding cases in the source never changes what old snapshots mean.
private protocol BinaryCodedCase: Equatable {
    /// Every case, in code order; append only.
    static var binaryOrder: [Self] { get }
}

extension BinaryCodedCase {
    /// The case's code in the binary form.
    fileprivate var code: Int { Self.binaryOrder.firstIndex(of: self)! }

    fileprivate init(code: Int) throws(NexusError) {
        guard Self.binaryOrder.indices.contains(code) else {
            throw .corruptSnapshot("unknown \(Self.self) code \(code)")
        }
        self = Self.binaryOrder[code]
    }
}

extension IntervalKind: BinaryCodedCase {
    fileprivate static let binaryOrder: [IntervalKind] = [
        .pomodoro, .break, .gracePeriod, .startPrompt,
    ]
}

extension EvaluationResult: BinaryCodedCase {
    fileprivate static let binaryOrder: [EvaluationResult] = [
        .distracted, .interrupted, .focused, .achieved,
    ]
}

extension IntervalRecord {
    fileprivate func write(to writer: inout BinaryWriter, version: Int) {
        writer.write(id)
        writer.write(kind.code)
        writer.write(start)
        writer.write(end)
        writer.write(streakID)
        writer.write(indexInStreak)
        writer.write(intentionID)
        writer.write(evaluation != nil)
        if let evaluation {
            writer.write(evaluation.result.code)
            writer.write(evaluation.at)
        }
        writer.write(pointsBeforeLoss)
        writer.write(pointsAfterLoss)
        if version >= 2 {
            writer.write(number)
            writer.write(setAt)
        }
    }

    fileprivate init(reading reader: inout BinaryReader, version: Int) throws(NexusError) {
        let id = try reader.int()
        let kind = try IntervalKind(code: try reader.int())
        let start = try reader.double()
        let end = try reader.double()
        let streakID = try reader.optionalInt()
        let index = try reader.optionalInt()
        let intentionID = try reader.optionalInt()
        var evaluation: Evaluation?
        if try reader.bool() {
            evaluation = Evaluation(
                result: try EvaluationResult(code: try reader.int()), at: try reader.double())
        }
        self.init(
            id: id, kind: kind, start: start, end: end, streakID: streakID,
            indexInStreak: index, intentionID: intentionID, evaluation: evaluation,
            pointsBeforeLoss: try reader.optionalDouble(),
            pointsAfterLoss: try reader.optionalDouble(),
            number: version >= 2 ? try reader.optionalInt() : nil,
            setAt: version >= 2 ? try reader.optionalDouble() : nil)
    }
}

extension SessionRecord {
    fileprivate func write(to writer: inout BinaryWriter) {
        writer.write(id)
        writer.write(start)
        writer.write(end)
        writer.write(ruleID)
    }

    fileprivate init(reading reader: inout BinaryReader) throws(NexusError) {
        self.init(
            id: try reader.int(), start: try reader.double(), end: try reader.double(),
            ruleID: try reader.optionalInt())
    }
}

extension WorkHourRule {
    fileprivate func write(to writer: inout BinaryWriter) {
        writer.write(id)
        writer.write(weekdays.reduce(0) { $0 | 1 << $1.rawValue })
        writer.write(start.secondsSinceMidnight)
        writer.write(end.secondsSinceMidnight)
        writer.write(zoneIdentifier)
    }

    fileprivate init(reading reader: inout BinaryReader) throws(NexusError) {
        let id = try reader.int()
        let mask = try reader.int()
        let weekdays = Set(Weekday.allCases.filter { mask & 1 << $0.rawValue != 0 })
        guard let start = WallTime(secondsSinceMidnight: try reader.int()),
            let end = WallTime(secondsSinceMidnight: try reader.int())
        else { throw .corruptSnapshot("bad wall time in work-hour rule \(id)") }
        self.init(
            id: id, weekdays: weekdays, start: start, end: end,
            zoneIdentifier: try reader.string())
    }
}

extension WallTime {
    /// The wall time this many seconds after midnight; nil outside one day.
    fileprivate init?(secondsSinceMidnight seconds: Int) {
        guard (0..<86_400).contains(seconds) else { return nil }
        self.init(hour: seconds / 3600, minute: seconds / 60 % 60, second: seconds % 60)
    }
}
