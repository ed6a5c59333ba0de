@preconcurrency import Glibc

/// Sleeps in `poll()` until a watched descriptor is ready or a driver's wake-up is due, then
/// runs what woke it: the loop the HUD lives in.
///
/// The loop polls its watched descriptors (the HUD's terminal and signal pipe) plus one
/// `timerfd` per clock, armed at the earliest wake-up of that clock's drivers in absolute
/// time. With nothing due and nothing ready it blocks indefinitely; there is no polling at a
/// fixed rate, so an idle loop costs one wake-up per scheduled call and nothing in between.
///
/// Wall-clock timers are armed with `TFD_TIMER_CANCEL_ON_SET`: when the wall clock jumps
/// (it is set, or the machine resumes from suspend) the loop wakes, runs ``onClockJump``, and
/// runs whatever the jump made due. That needs a ``WallClockDriver`` in the loop.
///
/// Not `Sendable`: the loop, its drivers and its handlers live on one thread. Handlers and
/// callbacks may watch, unwatch, add drivers and schedule work; changes take effect on the
/// next step.
public final class EventLoop {
    /// A watched descriptor's interest and handler.
    private struct Watch {
        var events: Int16
        var handler: (Int16) -> Void
    }

    private var watches: [Int32: Watch] = [:]
    private var drivers: [any LoopDriver] = []
    private var timers: [ClockTimer] = []
    /// The `pollfd`s for `poll()`, rebuilt only after watches or timers change.
    private var pollSet: [pollfd] = []
    private var pollSetIsStale = false
    private var stopRequested = false

    /// Runs when the wall clock jumps (set, or across suspend), before the drivers run what
    /// the jump made due: the place to recompute anything derived from the wall time.
    public var onClockJump: (() -> Void)?

    /// A loop watching nothing and driving nothing.
    public init() {}

    /// Calls `handler` with the returned events (`revents`) whenever `fd` is ready for
    /// `events`; replaces any handler already watching `fd`.
    ///
    /// `POLLHUP`, `POLLERR` and `POLLNVAL` are reported even when not asked for: a handler
    /// that sees them should unwatch, or the loop will keep waking. Unwatch a descriptor
    /// before closing it.
    public func watch(
        fd: Int32, events: Int16 = Int16(POLLIN), _ handler: @escaping (Int16) -> Void
    ) {
        watches[fd] = Watch(events: events, handler: handler)
        pollSetIsStale = true
    }

    /// Stops watching `fd`; its handler never runs again. Does nothing for an unwatched `fd`.
    public func unwatch(fd: Int32) {
        guard watches.removeValue(forKey: fd) != nil else { return }
        pollSetIsStale = true
    }

    /// Drives `driver` from this loop: its wake-ups run when its clock reaches them.
    ///
    /// The first driver on a clock opens that clock's `timerfd`, which can fail (out of
    /// descriptors). Adding a driver twice does nothing.
    public func add<Clock: SystemClock>(_ driver: RealTimeDriver<Clock>) throws(SystemCallError) {
        guard !drivers.contains(where: { $0 === driver }) else { return }
        if !timers.contains(where: { $0.clock == Clock.id }) {
            timers.append(try ClockTimer(clock: Clock.id))
            pollSetIsStale = true
        }
        drivers.append(driver)
    }

    /// Stops driving `driver`; its pending wake-up stays with it, unrun.
    public func remove<Clock: SystemClock>(_ driver: RealTimeDriver<Clock>) {
        drivers.removeAll { $0 === driver }
    }

    /// Steps until ``stop()`` is called, or until nothing could wake the loop again (no
    /// watched descriptor and no pending wake-up).
    public func run() {
        stopRequested = false
        while !stopRequested {
            guard !watches.isEmpty || drivers.contains(where: { $0.nextWakeUp != nil }) else {
                return
            }
            runOnce()
        }
    }

    /// Makes ``run()`` return after the current step.
    public func stop() {
        stopRequested = true
    }

    /// One step: arms the timers, sleeps in `poll()` for at most `timeout` seconds (nil:
    /// until something is ready), then runs the handlers of ready descriptors, then
    /// ``onClockJump`` if the wall clock jumped, then every driver's due wake-up.
    ///
    /// Returns whether anything ran. A signal interrupting `poll()` ends the step with
    /// nothing run.
    @discardableResult
    public func runOnce(timeout: Double? = nil) -> Bool {
        var clockJumped = armTimers()
        if pollSetIsStale { rebuildPollSet() }
        let ready = pollSet.withUnsafeMutableBufferPointer { entries in
            poll(entries.baseAddress, nfds_t(entries.count), Self.milliseconds(timeout))
        }
        if ready < 0 {
            let code = errno
            precondition(code == EINTR || code == EAGAIN, "poll() failed with errno \(code)")
            return false
        }
        var ran = false
        if ready > 0 {
            // A copy: handlers may watch and unwatch as they run.
            for entry in pollSet where entry.revents != 0 {
                if let timer = timers.first(where: { $0.descriptor == entry.fd }) {
                    if timer.acknowledge() == .clockJumped { clockJumped = true }
                } else if let watch = watches[entry.fd] {
                    watch.handler(entry.revents)
                    ran = true
                }
            }
        }
        if clockJumped, let onClockJump {
            onClockJump()
            ran = true
        }
        for driver in drivers where driver.runDue() {
            ran = true
        }
        return ran
    }

    /// Points each clock's timer at the earliest wake-up of its drivers; whether arming saw
    /// a clock jump.
    private func armTimers() -> Bool {
        var jumped = false
        for timer in timers {
            var earliest: Double?
            for driver in drivers where driver.clockID == timer.clock {
                if let next = driver.nextWakeUp, earliest.map({ next < $0 }) ?? true {
                    earliest = next
                }
            }
            if timer.arm(at: earliest) { jumped = true }
        }
        return jumped
    }

    private func rebuildPollSet() {
        pollSet = watches.map { pollfd(fd: $0.key, events: $0.value.events, revents: 0) }
        pollSet += timers.map { pollfd(fd: $0.descriptor, events: Int16(POLLIN), revents: 0) }
        pollSetIsStale = false
    }

    /// `poll()`'s timeout for `seconds`: rounded up to whole milliseconds, so a step never
    /// returns before it; -1 (forever) for nil.
    private static func milliseconds(_ seconds: Double?) -> Int32 {
        guard let seconds else { return -1 }
        guard seconds > 0 else { return 0 }
        return Int32(clamping: Int(min(seconds * 1000, 1e9).rounded(.up)))
    }
}
