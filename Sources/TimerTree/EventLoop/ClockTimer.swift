import CTimerFD
@preconcurrency import Glibc

/// A `timerfd` on one clock, armed at absolute times: the descriptor an ``EventLoop`` polls
/// to sleep until its drivers' next wake-up on that clock.
///
/// On `CLOCK_REALTIME` it is armed with `TFD_TIMER_CANCEL_ON_SET`, so setting the clock (by
/// hand, by NTP stepping it, or across suspend and resume) makes it readable with
/// `ECANCELED`; with no wake-up pending it stays parked at the end of time just to catch that.
/// A final class: it owns the descriptor and closes it.
final class ClockTimer {
    /// What a readable timer reported.
    enum Expiry {
        /// The armed time passed.
        case fired
        /// The clock was set; the armed time may or may not have passed.
        case clockJumped
        /// Nothing (a spurious wake-up).
        case none
    }

    let clock: clockid_t
    let descriptor: Int32
    /// Whether clock jumps are reported: on the wall clock only.
    let detectsJumps: Bool
    /// The time the timer is armed for: nil when disarmed, infinity when parked.
    private var armedAt: Double?

    init(clock: clockid_t) throws(SystemCallError) {
        let descriptor = timerfd_create(clock, Int32(TFD_CLOEXEC) | Int32(TFD_NONBLOCK))
        guard descriptor >= 0 else { throw SystemCallError(call: "timerfd_create", code: errno) }
        self.clock = clock
        self.descriptor = descriptor
        detectsJumps = clock == CLOCK_REALTIME
    }

    deinit {
        close(descriptor)
    }

    /// Arms the timer for `time`, or disarms (parks, on the wall clock) it for nil.
    ///
    /// Does nothing when already armed for that time, so an idle loop makes no system call
    /// here. Returns whether the kernel reported a clock jump while arming.
    func arm(at time: Double?) -> Bool {
        let target = time ?? (detectsJumps ? .infinity : nil)
        guard target != armedAt else { return false }
        var setting = itimerspec()
        var flags: Int32 = 0
        if let target {
            setting.it_value = WakeUpInstant(atOrAfter: target).timespec
            flags = Int32(TFD_TIMER_ABSTIME)
            if detectsJumps { flags |= Int32(TFD_TIMER_CANCEL_ON_SET) }
        }
        guard timerfd_settime(descriptor, flags, &setting, nil) == 0 else {
            armedAt = nil
            return errno == ECANCELED
        }
        armedAt = target
        return false
    }

    /// Reads the timer after `poll()` reported it readable; the timer is then disarmed.
    func acknowledge() -> Expiry {
        var expirations: UInt64 = 0
        let count = read(descriptor, &expirations, MemoryLayout<UInt64>.size)
        if count == MemoryLayout<UInt64>.size {
            armedAt = nil
            return .fired
        }
        guard count < 0 else { return .none }
        switch errno {
        case ECANCELED:
            // Re-arm on the next step: the clock moved under the armed time.
            armedAt = nil
            return .clockJumped
        default:
            return .none
        }
    }
}
