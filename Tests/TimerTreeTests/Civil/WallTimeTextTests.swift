import Testing
import TimerTree

@Suite struct WallTimeTextTests {
    /// Two digits for hours and minutes, 24-hour, seconds left out.
    @Test func hourAndMinuteIsZeroPadded24Hour() throws {
        #expect(try #require(WallTime(hour: 9, minute: 0)).hourAndMinute == "09:00")
        #expect(try #require(WallTime(hour: 17, minute: 5, second: 59)).hourAndMinute == "17:05")
        #expect(try #require(WallTime(hour: 0, minute: 0)).hourAndMinute == "00:00")
        #expect(try #require(WallTime(hour: 23, minute: 59)).hourAndMinute == "23:59")
    }
}
