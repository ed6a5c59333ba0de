/// The whole model as plain records, with a format version: what tests and the benchmark
/// save and load, and what a store can import or export.
public struct NexusSnapshot: Codable, Sendable, Hashable {
    /// The version this build writes; it reads this one and older.
    ///
    /// Version 2 added pomodoro numbers (``IntervalRecord/number``,
    /// ``LiveState/nextPomodoroNumber``); reading version 1 numbers its pomodoros in id order.
    public static let currentVersion = 2

    /// The format version the snapshot was written with.
    public var version: Int
    /// The live state.
    public var live: LiveState
    /// Every intention, by id.
    public var intentions: [IntentionRecord]
    /// Every interval, by id.
    public var intervals: [IntervalRecord]
    /// Every session, by id.
    public var sessions: [SessionRecord]
    /// Every work-hour rule, by id.
    public var workHourRules: [WorkHourRule]

    /// A snapshot of records, written with the current version.
    public init(
        live: LiveState, intentions: [IntentionRecord], intervals: [IntervalRecord],
        sessions: [SessionRecord], workHourRules: [WorkHourRule]
    ) {
        self.version = Self.currentVersion
        self.live = live
        self.intentions = intentions
        self.intervals = intervals
        self.sessions = sessions
        self.workHourRules = workHourRules
    }

    /// Numbers a version-1 snapshot's pomodoros 1, 2, 3 … in id order and moves the live
    /// counter past them (a live state alone, with no intervals, keeps its counter).
    static func numberPomodoros(_ intervals: inout [IntervalRecord], live: inout LiveState) {
        var number = 0
        for index in intervals.indices.sorted(by: { intervals[$0].id < intervals[$1].id })
        where intervals[index].kind == .pomodoro {
            number += 1
            intervals[index].number = number
        }
        live.nextPomodoroNumber = max(live.nextPomodoroNumber, number + 1)
    }
}

extension Nexus {
    /// Every loaded record and the live state.
    public var snapshot: NexusSnapshot {
        NexusSnapshot(
            live: live, intentions: intentionTable.records, intervals: intervalTable.records,
            sessions: sessionTable.records, workHourRules: ruleTable.records)
    }

    /// The model a snapshot describes, exactly as it was saved.
    ///
    /// - Throws: ``NexusError/corruptSnapshot(_:)`` for a version newer than this build's, or
    ///   ``NexusError/missingRecord(kind:id:)`` for a snapshot that is not self-consistent.
    public init(snapshot: NexusSnapshot) throws(NexusError) {
        guard snapshot.version <= NexusSnapshot.currentVersion else {
            throw .corruptSnapshot("version \(snapshot.version) is newer than this ouro")
        }
        var (live, intervals) = (snapshot.live, snapshot.intervals)
        if snapshot.version < 2, !intervals.contains(where: { $0.number != nil }) {
            NexusSnapshot.numberPomodoros(&intervals, live: &live)
        }
        try self.init(
            live: live, intentions: snapshot.intentions, intervals: intervals,
            sessions: snapshot.sessions, workHourRules: snapshot.workHourRules)
    }
}
