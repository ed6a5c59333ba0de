import Testing

@testable import OuroHUD

/// Numbers past `Int.max`, infinities and NaN draw as clamped text instead of trapping
/// (a trap inside the HUD leaves the terminal in raw mode).
@Suite struct HugeNumberTextTests {
    @Test func pointsPastIntMaxAreClamped() {
        #expect(TimeLeft.points(9.3e16) == "10000000000000")
        #expect(TimeLeft.points(-1e300) == "-10000000000000")
        #expect(TimeLeft.points(.nan) == "0")
    }

    @Test func endlessTimeLeftIsClamped() {
        #expect(TimeLeft.units(.infinity, unit: 1) == 1_000_000_000_000_000)
        #expect(TimeLeft.digits(1e300, showsSeconds: false) == "16666666666666:40")
        #expect(TimeLeft.units(.nan, unit: 60) == 0)
    }

    @Test func anEstimateBeyondIntMaxIsClamped() {
        #expect(HUDCommand.duration(1e300) == "277777777777h46m")
        #expect(HUDCommand.duration(.nan) == "0s")
    }
}
