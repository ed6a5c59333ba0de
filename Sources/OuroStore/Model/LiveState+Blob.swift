import OuroCore

extension LiveState {
    /// The live state in the model's compact binary form: a snapshot with no records.
    var blob: [UInt8] {
        NexusSnapshot(live: self, intentions: [], intervals: [], sessions: [], workHourRules: [])
            .encoded()
    }

    /// The live state a ``blob`` holds.
    ///
    /// - Throws: `NexusError.corruptSnapshot` when the bytes are not one.
    init(blob: [UInt8]) throws(NexusError) {
        self = try NexusSnapshot(encoded: blob).live
    }
}
