extension Nexus {
    /// Creates the automatic sessions whose start falls in `(previous, time]`.
    mutating func generateAutomaticSessions(after previous: Double?, through time: Double) {
    }
}
