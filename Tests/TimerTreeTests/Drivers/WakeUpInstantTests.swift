import Testing

@testable import TimerTree

@Suite struct WakeUpInstantTests {
    @Test func exactTimesConvertExactly() {
        let half = WakeUpInstant(atOrAfter: 1.5)
        #expect(half.wholeSeconds == 1 && half.nanoseconds == 500_000_000)
        let whole = WakeUpInstant(atOrAfter: 1_700_000_000)
        #expect(whole.wholeSeconds == 1_700_000_000 && whole.nanoseconds == 0)
        let zero = WakeUpInstant(atOrAfter: -3)
        #expect(zero.wholeSeconds == 0 && zero.nanoseconds == 0)
    }

    /// A wake-up at the converted time always finds its work due, and is at most a
    /// microsecond late.
    @Test func conversionReadsAtOrJustAfterTheTime() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<2_000 {
            let time = Double.random(in: 1_600_000_000..<1_900_000_000, using: &generator)
            for candidate in [time, Double.random(in: 0..<100_000, using: &generator)] {
                let converted = WakeUpInstant(atOrAfter: candidate)
                #expect(converted.seconds >= candidate)
                #expect(converted.seconds - candidate <= 1e-6)
                #expect(converted.nanoseconds >= 0 && converted.nanoseconds < 1_000_000_000)
            }
        }
    }
}
