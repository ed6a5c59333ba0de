import Testing
import TimerTree

@Suite struct TimerTreeModuleTests {
    @Test func moduleLinks() {
        #expect(String(describing: TimerTreeModule.self) == "TimerTreeModule")
    }
}
