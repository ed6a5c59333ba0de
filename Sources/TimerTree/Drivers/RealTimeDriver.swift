@preconcurrency import Glibc

/// A driver on a real system clock, in seconds: ``MonotonicDriver`` or ``WallClockDriver``.
///
/// It holds its scheduler's one wake-up and runs it when the clock reaches it, in one of two
/// ways: an ``EventLoop`` sleeps in `poll()` until the earliest wake-up of its drivers (the
/// HUD's way), or ``run()`` sleeps in `clock_nanosleep` (a script's way). Anything else that
/// sleeps can drive it too, through ``nextWakeUp`` and ``runDue()``.
///
/// Not `Sendable`: a driver lives on the thread of the loop that runs it.
public final class RealTimeDriver<Clock: SystemClock>: TimeDriver {
    private var wakeUp: (time: Double, work: () -> Void)?
    private var stopRequested = false

    /// A driver with nothing scheduled.
    public init() {}

    /// The clock's current reading, in seconds.
    public func now() -> Double { Clock.seconds() }

    /// Arms the one wake-up, replacing any previous one.
    public func reschedule(at time: Double, _ work: @escaping () -> Void) {
        wakeUp = (time, work)
    }

    /// Drops the pending wake-up, if any.
    public func unschedule() {
        wakeUp = nil
    }

    /// The clock time of the pending wake-up, if any: how long an outside loop may sleep.
    public var nextWakeUp: Double? { wakeUp?.time }

    /// Runs the pending wake-up if the clock has reached it; an outside loop's step.
    ///
    /// Reads the clock once, and only when a wake-up is pending. The scheduler it wakes runs
    /// every call due by then, including calls its callbacks schedule for that time or
    /// earlier, and re-arms this driver for the next one. Returns whether anything ran.
    @discardableResult
    public func runDue() -> Bool {
        guard wakeUp != nil else { return false }
        let time = Clock.seconds()
        var ran = false
        while let due = wakeUp, due.time <= time {
            wakeUp = nil
            ran = true
            due.work()
        }
        return ran
    }

    /// Sleeps and runs wake-ups until nothing is scheduled, or until ``stop()`` is called
    /// from a callback.
    public func run() {
        runLoop(until: nil)
    }

    /// Sleeps and runs wake-ups until the clock reaches `deadline` (after running what is due
    /// then), or until ``stop()`` is called from a callback.
    ///
    /// Unlike ``run()``, an empty schedule does not end it early: it sleeps on to `deadline`.
    public func run(until deadline: Double) {
        runLoop(until: deadline)
    }

    /// Makes a running ``run()`` or ``run(until:)`` return once the current callback does.
    ///
    /// Only a run in progress is stopped; a later run starts afresh.
    public func stop() {
        stopRequested = true
    }

    private func runLoop(until deadline: Double?) {
        stopRequested = false
        while true {
            runDue()
            if stopRequested { return }
            var target: Double
            if let next = wakeUp?.time {
                target = next
                if let deadline { target = Swift.min(target, deadline) }
            } else if let deadline {
                target = deadline
            } else {
                return
            }
            if let deadline, Clock.seconds() >= deadline { return }
            sleep(until: target)
        }
    }

    /// Sleeps until the clock reads at least `time`, or a signal interrupts (the caller
    /// checks the clock again either way).
    private func sleep(until time: Double) {
        var target = WakeUpInstant(atOrAfter: time).timespec
        _ = clock_nanosleep(Clock.id, TIMER_ABSTIME, &target, nil)
    }
}
