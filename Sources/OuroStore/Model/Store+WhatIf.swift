import OuroCore

extension Store {
    /// Runs one command against a copy of the model in memory and saves nothing: a what-if.
    ///
    /// Loads the working set in a read transaction, advances it to `now` (never backwards),
    /// runs `body` and returns, exactly as ``update(at:scope:readMostly:initialize:_:record:)``
    /// would, but never writes a record, the live state or the hook outbox. So a time ahead
    /// of the real clock (`OURO_NOW` in the future, `--at`) can show what would happen
    /// without moving the store into the future; a read transaction also never waits for a
    /// writer and needs no write access.
    ///
    /// - Parameters:
    ///   - now: the time the what-if acts at.
    ///   - scope: the records the command needs besides the ones every run loads.
    ///   - initialize: called on a store that has never held a model, as for an update.
    ///   - body: the command; pass its observer to every model call.
    /// - Returns: the body's value and the events observed (nothing was recorded for them).
    public func whatIf<Value>(
        at now: Double, scope: WorkingSetScope = WorkingSetScope(),
        initialize: (inout Nexus, _ observer: @escaping NexusObserver) throws -> Void = { _, _ in },
        _ body: (inout Nexus, _ observer: @escaping NexusObserver) throws -> Value
    ) throws -> StoreUpdate<Value> {
        try database.read { _ in
            let recorder = EventRecorder()
            let observer: NexusObserver = { recorder.record($0) }
            var model = try model(at: now, scope: scope, initialize: initialize, observer)
            let value = try body(&model, observer)
            return StoreUpdate(value: value, events: recorder.events)
        }
    }
}
