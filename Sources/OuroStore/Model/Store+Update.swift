import OuroCore

extension Store {
    /// Runs one command against the model, atomically: `BEGIN IMMEDIATE`, load the working
    /// set, advance to `now` (never backwards), run `body`, save the changes, `COMMIT`.
    ///
    /// Every subcommand goes through here, so concurrent processes queue on the write lock
    /// and never lose an update. If anything throws — the body, the model refusing a
    /// command, the store — the transaction is rolled back and nothing is written.
    ///
    /// - Parameters:
    ///   - now: the time the command acts at.
    ///   - scope: the records the command needs besides the ones every run loads.
    ///   - readMostly: for commands that only look (`status`): run in a read transaction,
    ///     which never waits for a writer, and write nothing when advancing created no
    ///     record — moving "now" alone need not be saved, since advancing again from the
    ///     saved time reaches the same state. When the advance did create records, the run
    ///     is repeated as a write, so `body` must have no effects besides its model.
    ///   - initialize: called once on a store that has never held a model, after the first
    ///     advance and before a second one at the same time, so what it sets up (the command
    ///     line adds the default work hours here) already shapes this run.
    ///   - body: the command; pass its observer to every model call.
    ///   - record: called in the write transaction after the save, with the saved model and
    ///     the events observed, when any event besides progress was observed: the place to
    ///     record them (the hook outbox), so recording commits or rolls back with the run.
    /// - Returns: the body's value and the events observed.
    public func update<Value>(
        at now: Double, scope: WorkingSetScope = WorkingSetScope(), readMostly: Bool = false,
        initialize: (inout Nexus, _ observer: @escaping NexusObserver) throws -> Void = { _, _ in },
        _ body: (inout Nexus, _ observer: @escaping NexusObserver) throws -> Value,
        record: (Nexus, [NexusEvent]) throws -> Void = { _, _ in }
    ) throws -> StoreUpdate<Value> {
        if readMostly {
            let attempt = try database.read { _ -> StoreUpdate<Value>? in
                guard var model = try loadModel(scope) else { return nil }
                let recorder = EventRecorder()
                let observer: NexusObserver = { recorder.record($0) }
                model.advance(to: now, observer: observer)
                let value = try body(&model, observer)
                // Events besides progress are recorded, which needs the write path.
                guard model.changes.isEmpty, !recorder.hasNews else { return nil }
                return StoreUpdate(value: value, events: recorder.events)
            }
            if let attempt { return attempt }
        }
        return try database.write { _ in
            let recorder = EventRecorder()
            let observer: NexusObserver = { recorder.record($0) }
            var model = try model(at: now, scope: scope, initialize: initialize, observer)
            let value = try body(&model, observer)
            try save(&model)
            if recorder.hasNews { try record(model, recorder.events) }
            return StoreUpdate(value: value, events: recorder.events)
        }
    }

    /// The working set `scope` asks for, advanced to `now`; on a store that has never held a
    /// model, a new one set up by `initialize` at `now`.
    ///
    /// Call inside a transaction. What `initialize` sets up (the default work hours) may have
    /// started a session at `now`; the start prompt it calls for appears on the second
    /// advance.
    func model(
        at now: Double, scope: WorkingSetScope,
        initialize: (inout Nexus, _ observer: @escaping NexusObserver) throws -> Void,
        _ observer: @escaping NexusObserver
    ) throws -> Nexus {
        if var loaded = try loadModel(scope) {
            loaded.advance(to: now, observer: observer)
            return loaded
        }
        var model = Nexus()
        model.advance(to: now, observer: observer)
        try initialize(&model, observer)
        model.advance(to: now, observer: observer)
        return model
    }
}
