import CTimerFD
import Glibc
import Testing

@testable import TimerTree

@Suite struct ClockTimerTests {
    /// The seconds until `timer` expires, as the kernel holds it; 0 when disarmed.
    private func remaining(_ timer: ClockTimer) -> Double {
        var setting = itimerspec()
        precondition(timerfd_gettime(timer.descriptor, &setting) == 0)
        return Double(setting.it_value.tv_sec) + Double(setting.it_value.tv_nsec) / 1e9
    }

    /// With nothing due, the wall-clock timer stays armed at the end of time: an armed
    /// `TFD_TIMER_CANCEL_ON_SET` timer is what notices the clock being set.
    @Test func wallClockTimerParksWhenIdleSoClockJumpsStillWakeTheLoop() throws {
        let timer = try ClockTimer(clock: CLOCK_REALTIME)
        #expect(timer.detectsJumps)
        #expect(!timer.arm(at: nil))
        #expect(remaining(timer) > 100 * 365 * 86_400)
    }

    @Test func monotonicTimerDisarmsWhenIdleAndArmsAtAbsoluteTimes() throws {
        let timer = try ClockTimer(clock: CLOCK_MONOTONIC)
        #expect(!timer.detectsJumps)
        let inAMinute = MonotonicSeconds.seconds() + 60
        #expect(!timer.arm(at: inAMinute))
        #expect(remaining(timer) > 59 && remaining(timer) <= 60)
        #expect(!timer.arm(at: nil))
        #expect(remaining(timer) == 0)
    }

    @Test func aTimerArmedInThePastIsReadableAndFiresOnce() throws {
        let timer = try ClockTimer(clock: CLOCK_MONOTONIC)
        _ = timer.arm(at: MonotonicSeconds.seconds() - 1)
        var entry = pollfd(fd: timer.descriptor, events: Int16(POLLIN), revents: 0)
        #expect(poll(&entry, 1, 0) == 1)
        #expect(timer.acknowledge() == .fired)
        #expect(timer.acknowledge() == .none)
    }
}
