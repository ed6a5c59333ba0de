import Testing

@testable import ouro

/// Lengths print the way they are typed, and no stored value can crash the printing.
@Suite struct ClockTextTests {
    @Test(arguments: [
        (1500.0, "25m"), (5400, "1h30m"), (90, "1m30s"), (7200, "2h"), (0, "0s"), (-5, "0s"),
        (36_000_000, "10000h"),
    ])
    func durationsReadAsTyped(seconds: Double, text: String) {
        #expect(ClockText.duration(seconds) == text)
    }

    @Test func valuesNoCommandAcceptsStillPrint() {
        #expect(ClockText.duration(.nan) == "0s")
        #expect(ClockText.duration(.infinity) == "277777777777h46m40s")
        #expect(ClockText.duration(6e301) == "277777777777h46m40s")
    }
}
