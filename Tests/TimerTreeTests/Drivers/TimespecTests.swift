import Glibc
import Testing

@testable import TimerTree

@Suite struct TimespecTests {
    @Test func exactTimesConvertExactly() {
        let half = timespec(atOrAfter: 1.5)
        #expect(half.tv_sec == 1 && half.tv_nsec == 500_000_000)
        let whole = timespec(atOrAfter: 1_700_000_000)
        #expect(whole.tv_sec == 1_700_000_000 && whole.tv_nsec == 0)
        let zero = timespec(atOrAfter: -3)
        #expect(zero.tv_sec == 0 && zero.tv_nsec == 0)
    }

    /// A wake-up at the converted time always finds its work due, and is at most a
    /// microsecond late.
    @Test func conversionReadsAtOrJustAfterTheTime() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<2_000 {
            let time = Double.random(in: 1_600_000_000..<1_900_000_000, using: &generator)
            for candidate in [time, Double.random(in: 0..<100_000, using: &generator)] {
                let converted = timespec(atOrAfter: candidate)
                #expect(converted.seconds >= candidate)
                #expect(converted.seconds - candidate <= 1e-6)
                #expect(converted.tv_nsec >= 0 && converted.tv_nsec < 1_000_000_000)
            }
        }
    }
}
