import ArgumentParser
import Glibc
import OuroStore
import TimerTree

/// `ouro watch`: the model's events, one line each, as they happen.
struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Print events as they happen, one line each, until interrupted.",
        discussion: """
            Blocks between events: it wakes when another ouro process commits and when the \
            next interval or session is due, and advances the model then, so a running watch \
            also fires hooks on time (see Resources/examples/ouro-watch.service). \
            --since replays the events recorded since a day or a time before following; \
            --until stops once that day or time has passed (at once under a fixed \
            OURO_NOW); without --until it follows until interrupted. A day is YYYY-MM-DD, \
            today or yesterday, as for log and score (--since yesterday replays yesterday \
            and today); a time is epoch seconds or ISO 8601 with an offset.
            """)

    @Flag(help: "Print one JSON object per line.")
    var json = false

    @Option(
        help: ArgumentHelp(
            "First replay the events since this day or time.", valueName: "date|time"),
        transform: { try WatchBound(parsing: $0) })
    var since: WatchBound?

    @Option(
        help: ArgumentHelp("Stop once this day or time has passed.", valueName: "date|time"),
        transform: { try WatchBound(parsing: $0) })
    var until: WatchBound?

    func run() throws {
        Self.unblockEndingSignals()
        var context = try CommandContext.current()
        let since = since?.first(in: context)
        let until = until?.last(in: context)
        let fixedNow = context.environment["OURO_NOW"] != nil
        let punctuation = Punctuation(context.environment)
        let store = try context.openStore()
        var last = since == nil ? try store.lastEventID() : 0
        // Made after the first run, so the waker does not wake for that run's own writes.
        var waker: WatchWaker?
        while true {
            if !fixedNow { context.now = EpochSeconds.seconds() }
            let deadline = try context.update(readMostly: true, in: store) { model, _ in
                model.nextDeadline
            }
            // Watching starts before reading, so a commit in between is read now or wakes
            // the wait; never missed.
            if waker == nil {
                waker = try WatchWaker(
                    store: store, directory: context.environment.dataDirectory())
            }
            for event in try store.events(after: last, since: since) {
                last = event.id
                if let until, event.time > until { continue }
                print(json ? event.json : event.line(zone: context.zone, punctuation: punctuation))
            }
            fflush(nil)  // every stream: a bar reading through a pipe sees each line at once
            // A pretend OURO_NOW stands still: what is due by then is printed above, and
            // waiting for a later --until would never end.
            if let until, fixedNow || context.now >= until { return }
            let wake = [deadline, until].compactMap { $0 }.min()
            try waker?.wait(until: fixedNow ? nil : wake, now: context.now)
        }
    }

    /// A watcher runs until a signal ends it, but a parent may have started it with
    /// SIGTERM, SIGINT and SIGHUP blocked (the mask is inherited); unblock them.
    private static func unblockEndingSignals() {
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGTERM, SIGINT, SIGHUP] { sigaddset(&signals, signal) }
        sigprocmask(SIG_UNBLOCK, &signals, nil)
    }
}
