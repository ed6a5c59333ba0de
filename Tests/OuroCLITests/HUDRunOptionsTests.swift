import Testing

@testable import ouro

/// `ouro hud`'s options as the HUD sees them.
@Suite struct HUDRunOptionsTests {
    @Test func realTimeKeepsThePulseInRealSeconds() {
        let options = HUDRunOptions(pulsePeriod: 45, reduceMotion: true, showsSeconds: false)
        #expect(!options.isDemo)
        #expect(options.display.pulse.period == 45)
        #expect(options.display.pulse.duration == 1)
        #expect(options.display.pulse.reduceMotion)
        #expect(!options.display.showsSeconds)
    }

    @Test func speedStretchesThePulseInModelTimeAndIsADemo() {
        let options = HUDRunOptions(speed: 60)
        #expect(options.isDemo)
        // Every 30 real seconds is every 1800 model seconds at ×60; one real second long.
        #expect(options.display.pulse.period == 1800)
        #expect(options.display.pulse.duration == 60)
        #expect(options.display.showsSeconds)
    }
}
