@preconcurrency import Glibc

extension timespec {
    /// The time in seconds, as a driver reads it.
    var seconds: Double {
        Double(tv_sec) + Double(tv_nsec) / 1_000_000_000
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
            self.init(tv_sec: 0, tv_nsec: 0)
            return
        }
        guard time < 1e15 else {
            self.init(tv_sec: 1_000_000_000_000_000, tv_nsec: 0)
            return
        }
        let whole = time.rounded(.down)
        self.init(tv_sec: Int(whole), tv_nsec: Int(((time - whole) * 1e9).rounded(.up)))
        while tv_nsec >= 1_000_000_000 || seconds < time {
            if tv_nsec >= 1_000_000_000 {
                tv_sec += 1
                tv_nsec -= 1_000_000_000
            } else {
                tv_nsec += 1
            }
        }
    }
}
