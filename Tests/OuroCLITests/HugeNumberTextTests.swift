import OuroCore
import Testing

@testable import ouro

/// Points, lengths and percentages past `Int.max`, infinite or NaN print as clamped
/// numbers instead of trapping: 55 streak steps once made `status`, `score` and `sessions`
/// die with SIGILL.
@Suite struct HugeNumberTextTests {
    @Test func pointsPastIntMaxAreClamped() {
        #expect(ClockText.points(9.3e16) == "10000000000000")
        #expect(ClockText.points(-.infinity) == "-10000000000000")
        #expect(ClockText.points(.nan) == "0")
        #expect(ClockText.points(21.25) == "21.25")
    }

    @Test func countdownsPastIntMaxAreClamped() {
        #expect(ClockText.countdown(.infinity) == "277777777777:46:40")
        #expect(ClockText.countdown(.nan) == "0:00")
        #expect(ClockText.countdown(-1e300) == "0:00")
    }

    @Test func aNaNProgressIsZeroPercent() {
        #expect(WholeNumber.rounding(.nan * 100, .down) == 0)
        #expect(WholeNumber.rounding(1e300, .down) == 1_000_000_000_000_000)
    }
}
