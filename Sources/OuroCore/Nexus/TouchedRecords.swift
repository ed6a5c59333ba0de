/// The ids of records created or changed since the last save, so a store writes only those.
struct TouchedRecords: Sendable, Hashable {
    var intentions: Set<Int> = []
    var intervals: Set<Int> = []
    var sessions: Set<Int> = []
    var removedSessions: Set<Int> = []
    var rules: Set<Int> = []
    var removedRules: Set<Int> = []
}
