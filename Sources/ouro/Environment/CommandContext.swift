import OuroCore
import OuroStore
import TimerTree

/// Everything a subcommand needs from the outside world, resolved once: the environment,
/// "now", the local zone and the data directory.
///
/// Every subcommand changes the model through ``update(scope:_:)``, the one transaction
/// helper, so each run loads, advances, applies and saves atomically.
struct CommandContext {
    /// The variables read at start-up.
    var environment: OuroEnvironment
    /// The time commands act at: `OURO_NOW` or the system clock.
    var now: Double
    /// The local zone (`TZ`, else `/etc/localtime`, else UTC).
    var zone: Zone
    /// Where model events go once a run has committed.
    var events: any EventSink = NoEventSink()
    /// Records hook events in each run's transaction and runs the hooks after it commits.
    var hooks: HookDelivery
    /// Where the HUD hands claimed hook events so its own thread never waits for a hook;
    /// nil for commands, which deliver before they exit.
    var hookWorker: HookWorker?
    /// Whether runs are what-ifs, on a copy in memory that is never saved: `OURO_NOW` ahead
    /// of the real clock, or a read-only command's `--at`.
    var isWhatIf = false
    /// The line a what-if says on stderr (for `OURO_NOW`; nil for `--at`, which asks for one).
    var whatIfNotice: String?
    /// Whether ``now`` is a read-only command's `--at`.
    var isAskedTime = false
    /// Whether the clock notices (a what-if, a store ahead of the clock) go to stderr; the
    /// HUD shows its own instead.
    var reportsClockNotices = true

    /// The context of this process.
    ///
    /// - Throws: `OuroError` (exit 64) for a malformed `OURO_NOW` or a `TZ` naming no zone.
    static func current() throws(OuroError) -> CommandContext {
        let environment = OuroEnvironment.current()
        let zone = try Self.zone(environment.timeZone)
        let now = try environment.now()
        var context = CommandContext(
            environment: environment, now: now, zone: zone,
            hooks: try HookDelivery(environment, zone: zone))
        // A what-if must never push the store into the future; a time in the past is how
        // scripts and tests replay a day, and saves as usual.
        if environment["OURO_NOW"] != nil, now > EpochSeconds.seconds() {
            context.isWhatIf = true
            context.whatIfNotice = ClockNotice.futureNow
        }
        return context
    }

    /// This context as a read-only what-if at `time` (`--at`), or unchanged for nil.
    func at(_ time: Double?) -> CommandContext {
        guard let time else { return self }
        var context = self
        context.now = time
        context.isWhatIf = true
        context.whatIfNotice = nil
        context.isAskedTime = true
        return context
    }

    /// The local zone for a `TZ` value: unset or empty means `/etc/localtime` (else UTC);
    /// anything else must name a zone file, so a POSIX rule such as `JST-9` or `UTC+14`
    /// (which the C library would read, but which no zone file names) is refused rather
    /// than taken silently as UTC.
    ///
    /// - Throws: `OuroError` (exit 64) naming the value.
    static func zone(_ tz: String?) throws(OuroError) -> Zone {
        guard let tz, !tz.isEmpty else { return Zone.local(tz: nil) }
        guard let zone = Zone.named(tz) else {
            throw .badEnvironment(
                "TZ", tz,
                "use a zone name such as Europe/Berlin, Asia/Tokyo or UTC "
                    + "(POSIX rules such as JST-9 are not supported)")
        }
        return zone
    }

    /// Opens (creating and migrating if needed) the store in the data directory.
    func openStore() throws -> Store {
        try Store(directory: try environment.dataDirectory())
    }

    /// Runs `body` in one store transaction at ``now`` and hands the events to ``events``.
    ///
    /// Hook events are recorded (and claimed) in the same transaction; their hooks run
    /// after it commits (see ``HookDelivery``).
    ///
    /// A store that has never held a model gets the default work hours first; anything the
    /// body throws rolls the whole run back. `readMostly` is for commands that only look
    /// (see ``Store/update(at:scope:readMostly:initialize:_:)``).
    ///
    /// A what-if (``isWhatIf``) runs on a copy in memory (``Store/whatIf(at:scope:initialize:_:)``):
    /// nothing is saved and no hook runs; for `OURO_NOW` it says so once on stderr. A store
    /// whose last update lies ahead of the real clock (a clock stepped back) is used at its
    /// own time, as the model never rewinds, and that is said once too.
    func update<Value>(
        scope: WorkingSetScope = WorkingSetScope(), readMostly: Bool = false,
        in store: Store? = nil,
        _ body: (inout Nexus, @escaping NexusObserver) throws -> Value
    ) throws -> Value {
        let store = try store ?? openStore()
        // The main command's flags given with this subcommand are saved with its first run.
        let settings = SettingsChange.take()
        do {
            if isWhatIf {
                let result = try store.whatIf(
                    at: now, scope: scope,
                    initialize: { model, observer in
                        try DefaultWorkHours.add(
                            to: &model, zone: zone, at: now, observer: observer)
                    },
                    { model, observer in
                        try settings?.apply(to: &model, zone: zone, at: now, observer: observer)
                        noticeStoreAhead(of: model)
                        return try body(&model, observer)
                    })
                if let whatIfNotice { notice(.whatIf, whatIfNotice) }
                events.deliver(result.events, now: now)
                return result.value
            }
            var claimed: [OutboxEvent] = []
            let result = try store.update(
                at: now, scope: scope, readMostly: readMostly && settings == nil,
                initialize: { model, observer in
                    try DefaultWorkHours.add(to: &model, zone: zone, at: now, observer: observer)
                },
                { model, observer in
                    try settings?.apply(to: &model, zone: zone, at: now, observer: observer)
                    noticeStoreAhead(of: model)
                    return try body(&model, observer)
                },
                record: { model, events in
                    claimed = try hooks.claim(events, in: model, store: store, now: now)
                })
            if let hookWorker {
                hookWorker.deliver(claimed, now: now)
            } else {
                hooks.deliver(claimed, store: store, now: now)
            }
            events.deliver(result.events, now: now)
            return result.value
        } catch let error as NexusError {
            switch error {
            case .missingRecord, .corruptSnapshot:
                throw OuroError(
                    status: .storeUnavailable,
                    message: "cannot use the data store \(store.database.path): \(error)")
            case .sessionTooLong, .workHoursTooLong, .sessionOverlaps, .sessionOverlapsWorkHours,
                .sessionAlreadyEnded:
                throw OuroError.usage(error.sessionText(in: zone, now: now))
            default:
                throw error
            }
        }
    }

    /// Says once per run, on stderr, that `model`'s last update lies ahead of the real
    /// clock and of ``now`` (or of the time `--at` asked for), so the run acts at the
    /// store's time.
    private func noticeStoreAhead(of model: Nexus) {
        guard let storeTime = model.now, storeTime > now else { return }
        let clock = EpochSeconds.seconds()
        if storeTime > clock {
            notice(.storeAhead, ClockNotice.storeAhead(storeTime, clock: clock, zone: zone))
        } else if isAskedTime {
            notice(.storeAhead, ClockNotice.askedBeforeStore(now, storeTime, zone: zone))
        }
    }

    /// Writes `line` to stderr unless this run already gave `kind` (or the HUD shows its own).
    private func notice(_ kind: ClockNotice, _ line: String) {
        guard reportsClockNotices else { return }
        kind.report(line)
    }

    /// The local day containing ``now``, as `[start, end)` instants.
    var today: DayWindow { DayWindow(date: zone.civil(at: now).date, zone: zone) }

    /// The local day a command-line date names.
    func day(_ argument: DateArgument) -> DayWindow {
        DayWindow(date: argument.resolved(today: today.date), zone: zone)
    }
}
