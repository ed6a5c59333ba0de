import Glibc
import OuroCore
import OuroHUD
import OuroStore
import TimerTree

/// The running HUD: sleeps in `poll()` on the terminal, the signal pipe, the store's
/// directory and the timer tree's descriptor, and redraws only when something visible changes.
///
/// The timer tree has two branches of the wall-clock root: `animation` (real time) carries
/// the frame timer — the next instant the frame changes, from the seconds digit and the
/// pulse — and `modelClock` (scaled by `--speed`) carries the model's next boundary (the
/// running interval's end, or the next session's start). Model time is the start time
/// (`OURO_NOW` or the clock) plus the model branch's time since the start.
///
/// A final class: the loop's handlers and timers share this one state.
final class HUDLoop {
    private let context: CommandContext
    /// The committed runs' events, for the terminal's own bell and OSC notification.
    private let tap: EventTap
    private let alerts: NotificationSettings
    private let options: HUDRunOptions
    private let display: HUDOptions
    private let store: Store
    private let screen: CursesScreen
    private let signals: SignalPipe
    private let renderer: HUDRenderer
    private let loop = EventLoop()
    private let wall = WallClockDriver()
    private let root: Scheduler<Double>
    private let animation: Scheduler<Double>
    private let modelClock: Scheduler<Double>
    /// The branch managers: the branches live as long as they do.
    private let branchManagers: [BranchManager]
    /// Model time at start, and the model branch's time then.
    private let modelOrigin: Double
    private let branchOrigin: Double
    private let storeWatch: StoreWatch?
    private var monitor: ChangeMonitor
    private var model: Nexus
    private var interaction: HUDInteraction
    private var frameCall: ScheduledCall<Double>?
    private var boundaryCall: ScheduledCall<Double>?
    private var resumedAt: Double?
    private var running = true
    private var failure: (any Error)?
    /// The signal that ended the HUD, if one did.
    private(set) var endingSignal: TerminalSignal?

    /// Loads the working set and wires the loop; draws nothing yet.
    init(
        context: CommandContext, options: HUDRunOptions, store: Store, screen: CursesScreen,
        signals: SignalPipe
    ) throws {
        tap = EventTap(passingTo: context.events)
        var context = context
        context.events = tap
        // Stderr lies behind the screen: the HUD says a store ahead of the clock itself.
        context.reportsClockNotices = false
        let directory = try context.environment.dataDirectory()
        if !options.isDemo {
            context.hookWorker = HookWorker(delivery: context.hooks, directory: directory)
        }
        self.context = context
        alerts = NotificationSettings(context.environment)
        self.options = options
        display = options.display
        self.store = store
        self.screen = screen
        self.signals = signals
        renderer = HUDRenderer(glyphs: screen.glyphs)
        root = Scheduler(driver: wall)
        let animationBranch = branch(root)
        let modelBranch = branch(root, scale: options.speed)
        animation = animationBranch.scheduler
        modelClock = modelBranch.scheduler
        branchManagers = [animationBranch.manager, modelBranch.manager]
        modelOrigin = context.now
        branchOrigin = modelClock.now()
        storeWatch = StoreWatch(directory: directory)
        monitor = try ChangeMonitor(database: store.database)
        // The first load may write (a new store's work hours, records the advance to now
        // created), at the real start time, exactly as `ouro status` would.
        model = try context.update(scope: Self.scope(at: context.now), readMostly: true, in: store)
        { model, _ in model }
        // Starting the HUD is not news: the first frame shows the interval and its reminder.
        _ = tap.take()
        interaction = HUDInteraction(
            catalog: HUDCatalog(nexus: model, now: context.now, zone: context.zone))
        try loop.add(wall)
    }

    /// Waits for the hooks still running (at most the hook timeout each), so every event the
    /// HUD claimed is delivered before it exits; call once the terminal is restored.
    func finishHooks() {
        context.hookWorker?.finish()
    }

    /// Runs until `q`, a signal that ends the program, or a failure (thrown).
    func run() throws {
        loop.watch(fd: screen.inputDescriptor) { [unowned self] events in
            if events & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                end(with: .hangup)
                return
            }
            readKeys()
        }
        loop.watch(fd: signals.fileDescriptor) { [unowned self] _ in handleSignals() }
        if let storeWatch {
            loop.watch(fd: storeWatch.fileDescriptor) { [unowned self] _ in
                storeWatch.drain()
                checkStore()
            }
        }
        loop.onClockJump = { [unowned self] in resumed() }
        scheduleBoundary()
        render()
        // Start-up is over: what it alone touched need not stay resident while the HUD idles.
        StartupPages.release()
        while running {
            loop.runOnce()
            // A resize interrupts poll() without making the terminal readable: curses
            // reports it as the next key, so look for one after every wake-up.
            if running { readKeys() }
        }
        frameCall?.cancel()
        boundaryCall?.cancel()
        if let failure { throw failure }
    }

    // MARK: Time

    /// The model's time now: the start time plus the scaled time since the start, or the
    /// store's last update while that lies ahead (a clock stepped back: the model never
    /// rewinds, so the HUD waits at the store's time rather than count down from the past).
    private func modelNow() -> Double {
        max(clockNow(), model.now ?? -.infinity)
    }

    /// The start time plus the scaled time since the start.
    private func clockNow() -> Double {
        modelOrigin + (modelClock.now() - branchOrigin)
    }

    /// What the HUD loads: two weeks of history (the pickers' intentions, today's day
    /// line) and the latest pomodoro (which `e` evaluates).
    private static func scope(at now: Double, for command: HUDCommand? = nil) -> WorkingSetScope {
        var scope = WorkingSetScope(since: now - 14 * 86_400, latestPomodoro: true)
        switch command {
        case .start(let id), .abandon(let id): scope.intentionIDs = [id]
        case .evaluate(let id, _): scope.intervalIDs = [id]
        case .startNew(let title): scope.intentionTitle = title
        default: break
        }
        return scope
    }

    // MARK: Drawing

    /// Draws the frame for now and sleeps the frame timer until the frame next changes.
    private func render() {
        let now = modelNow()
        for message in context.hookWorker?.takeReports() ?? [] {
            interaction.report(message, isError: true, at: now)
        }
        if now > clockNow() {
            interaction.report(
                ClockNotice.storeAheadMessage(now, zone: context.zone), isError: true, at: now)
        }
        model.advance(to: now)
        var state = HUDState(nexus: model, now: now, zone: context.zone, options: display)
        state.pulse.resumedAt = resumedAt
        let size = screen.size
        screen.draw(
            renderer.frame(
                for: state, interaction: interaction, width: size.width, height: size.height))
        let deadline = renderer.nextDeadline(
            for: state, interaction: interaction, width: size.width, height: size.height)
        frameCall?.cancel()
        frameCall = nil
        guard deadline.isFinite else { return }
        // Real seconds until then, a hair late so the frame drawn is past the change.
        let delay = max(0, deadline - now) / options.speed + 1e-4
        let floor = 1 / Pulse.framesPerSecond
        frameCall = animation.callAt(animation.now() + max(delay, options.isDemo ? floor : 0)) {
            [unowned self] in
            frameCall = nil
            if storeWatch == nil { checkStore() }
            render()
        }
    }

    /// Sleeps the model timer until the running interval ends or the next session starts.
    private func scheduleBoundary() {
        boundaryCall?.cancel()
        boundaryCall = nil
        let now = modelNow()
        let next = model.currentInterval.map(\.end) ?? model.nextSessionStart(after: now)
        guard let next, next.isFinite else { return }
        boundaryCall = modelClock.callAt(branchOrigin + (next - modelOrigin)) {
            [unowned self] in
            boundaryCall = nil
            reload()
            render()
        }
    }

    // MARK: The model

    /// Re-reads the working set at model time (saving what advancing created, so hooks
    /// see the boundary's events), or in a demo advances the copy in memory.
    private func reload() {
        let now = modelNow()
        if options.isDemo {
            model.advance(to: now)
        } else {
            do {
                model = try context(at: now).update(
                    scope: Self.scope(at: now), readMostly: true, in: store
                ) { model, _ in model }
            } catch {
                fail(error)
                return
            }
        }
        alertTerminal()
        interaction.refresh(HUDCatalog(nexus: model, now: now, zone: context.zone))
        scheduleBoundary()
    }

    /// Rings the terminal (bell, OSC 777 and OSC 9, as `OURO_NOTIFY` allows) for the interval
    /// starts and start prompts the HUD's own runs committed.
    ///
    /// Written straight to the terminal, outside curses' buffer: the sequences move no cursor.
    private func alertTerminal() {
        for event in tap.take() {
            guard
                let text = TerminalAlert.text(
                    for: event, in: model, zone: context.zone, settings: alerts)
            else { continue }
            var bytes = Array(text.utf8)
            _ = write(STDOUT_FILENO, &bytes, bytes.count)
        }
    }

    /// Reloads when another process committed since the HUD last looked.
    private func checkStore() {
        guard !options.isDemo else { return }
        do {
            guard try monitor.hasChanged() else { return }
        } catch {
            fail(error)
            return
        }
        reload()
        render()
    }

    /// Carries out a command in the store's write transaction (in memory in a demo) and
    /// reports what happened.
    private func execute(_ command: HUDCommand, at now: Double) {
        do {
            let message: String
            if options.isDemo {
                var copy = model
                copy.advance(to: now)
                message = try command.apply(to: &copy, at: now)
                model = copy
            } else {
                (message, model) = try context(at: now).update(
                    scope: Self.scope(at: now, for: command), in: store
                ) { model, observer in
                    (try command.apply(to: &model, at: now, observer: observer), model)
                }
            }
            interaction.report(message, at: now)
            alertTerminal()
        } catch let error as NexusError {
            interaction.report(error.description, isError: true, at: now)
        } catch let error as OuroError {
            interaction.report(error.message, isError: true, at: now)
        } catch {
            fail(error)
            return
        }
        interaction.refresh(HUDCatalog(nexus: model, now: now, zone: context.zone))
        scheduleBoundary()
    }

    /// The command context acting at model time `now`.
    private func context(at now: Double) -> CommandContext {
        var context = context
        context.now = now
        return context
    }

    // MARK: Events

    private func readKeys() {
        var changed = false
        while running, let key = screen.readKey() {
            changed = true
            guard key != .resize else { continue }
            let now = modelNow()
            for command in interaction.handle(key, at: now) {
                if command == .quit {
                    running = false
                    loop.stop()
                    return
                }
                execute(command, at: now)
            }
        }
        if changed, running { render() }
    }

    private func handleSignals() {
        for signal in signals.pending() {
            if signal.endsProgram {
                end(with: signal)
                return
            }
            if signal == .suspend {
                screen.suspend(stoppingWith: signals.stopProcess)
            }
            resumed()
        }
    }

    /// After Ctrl-Z and `fg`, a clock jump or a resume from sleep: skip the pulses missed,
    /// repaint everything and catch up with the store.
    private func resumed() {
        resumedAt = modelNow()
        screen.invalidate()
        reload()
        render()
    }

    private func end(with signal: TerminalSignal) {
        endingSignal = signal
        running = false
        loop.stop()
    }

    private func fail(_ error: any Error) {
        failure = error
        running = false
        loop.stop()
    }
}
