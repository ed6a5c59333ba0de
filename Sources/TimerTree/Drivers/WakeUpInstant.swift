/// A wake-up time in whole seconds and nanoseconds, never before the time asked for.
///
/// Plain Swift rather than an extension on C's `timespec`: Glibc and the timerfd shim both
/// bring `timespec` into Swift, and which of the two an extension attached to depended on
/// the build order (a clean build of the tests could not see it). The C value is made only at
/// the system call, with ``timespec``.
struct WakeUpInstant: Equatable {
    /// Whole seconds since the clock's epoch.
    var wholeSeconds: Int
    /// Nanoseconds past `wholeSeconds`, 0 to 999,999,999.
    var nanoseconds: Int

    /// The time in seconds, as a driver reads it.
    var seconds: Double {
        Self.seconds(wholeSeconds: wholeSeconds, nanoseconds: nanoseconds)
    }

    /// A time whose ``seconds`` is at least `time`, and no more than a step of `time` after
    /// it: what to sleep until for a wake-up at `time`.
    ///
    /// Sleeping until a time that rounds down would wake a hair early, find nothing due, and
    /// spin until the clock catches up; rounding up and then stepping forward until
    /// ``seconds`` agrees means a wake-up at the result always finds its work due. A `Double`
    /// near today's epoch time steps by about 240 ns, so the fix-up is short. Times past
    /// 10¹⁵ s come out as 10¹⁵ s (the kernel clamps anything past 2262 anyway).
    init(atOrAfter time: Double) {
        guard time > 0 else {
            self.init(wholeSeconds: 0, nanoseconds: 0)
            return
        }
        guard time < 1e15 else {
            self.init(wholeSeconds: 1_000_000_000_000_000, nanoseconds: 0)
            return
        }
        let whole = time.rounded(.down)
        self.init(
            wholeSeconds: Int(whole), nanoseconds: Int(((time - whole) * 1e9).rounded(.up)))
        while nanoseconds >= 1_000_000_000 || seconds < time {
            if nanoseconds >= 1_000_000_000 {
                wholeSeconds += 1
                nanoseconds -= 1_000_000_000
            } else {
                nanoseconds += 1
            }
        }
    }

    /// A time from its parts.
    init(wholeSeconds: Int, nanoseconds: Int) {
        self.wholeSeconds = wholeSeconds
        self.nanoseconds = nanoseconds
    }

    /// Seconds from a clock reading's parts.
    @inline(__always)
    static func seconds(wholeSeconds: Int, nanoseconds: Int) -> Double {
        Double(wholeSeconds) + Double(nanoseconds) / 1_000_000_000
    }
}
