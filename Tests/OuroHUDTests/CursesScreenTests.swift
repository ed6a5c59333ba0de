import Testing

@testable import OuroHUD

/// Records every call ``CursesScreen`` makes, in place of ncurses.
final class RecordingDevice: TerminalDevice {
    struct Put: Equatable {
        var text: String
        var row: Int
        var column: Int
        var style: Style
    }

    var colors = 256
    var codeset = "UTF-8"
    var size = TerminalSize(width: 20, height: 4)
    var keys: [Key] = []
    var puts: [Put] = []
    var calls: [String] = []
    var pairs: [Int16] = []

    func start() throws(CursesError) -> (colors: Int, codeset: String) {
        calls.append("start")
        return (colors, codeset)
    }
    func definePairs(_ colors: [Int16]) { pairs = colors }
    func clearAll() { calls.append("clear") }
    func put(_ text: String, row: Int, column: Int, style: Style) {
        puts.append(Put(text: text, row: row, column: column, style: style))
    }
    func flush() { calls.append("flush") }
    func readKey() -> Key? { keys.isEmpty ? nil : keys.removeFirst() }
    func suspend() { calls.append("suspend") }
    func resume() { calls.append("resume") }
    func stop() { calls.append("stop") }
}

@Suite struct CursesScreenTests {
    func frame(_ text: String, width: Int = 20, height: Int = 4) -> Frame {
        var frame = Frame(width: width, height: height)
        frame.write(text, row: 1, column: 2, role: .pomodoroElapsed, shade: .dim)
        return frame
    }

    @Test func choosesThemeAndGlyphsFromTheTerminal() throws {
        let device = RecordingDevice()
        let screen = try CursesScreen(device: device, noColor: false)
        #expect(screen.theme.capability == .extended)
        #expect(screen.glyphs == .unicode)
        #expect(device.pairs == screen.theme.colorNumbers)
        let plain = RecordingDevice()
        plain.codeset = "ANSI_X3.4-1968"
        let mono = try CursesScreen(device: plain, noColor: true)
        #expect(mono.theme.capability == .monochrome)
        #expect(mono.glyphs == .ascii)
        #expect(plain.pairs.isEmpty)
    }

    @Test func firstDrawPaintsEverythingThenOnlyChanges() throws {
        let device = RecordingDevice()
        let screen = try CursesScreen(device: device, noColor: false)
        screen.draw(frame("14:13"))
        #expect(device.calls == ["start", "clear", "flush"])
        #expect(
            device.puts == [.init(text: "14:13", row: 1, column: 2, style: Style(foreground: 22))])

        device.puts = []
        screen.draw(frame("14:13"))
        #expect(device.puts.isEmpty)

        screen.draw(frame("14:12"))
        #expect(device.puts == [.init(text: "2", row: 1, column: 6, style: Style(foreground: 22))])
    }

    @Test func runsSplitWhereTheStyleChanges() throws {
        let device = RecordingDevice()
        let screen = try CursesScreen(device: device, noColor: false)
        var next = Frame(width: 20, height: 4)
        next.write("ab", row: 0, column: 0, role: .pomodoroElapsed, shade: .dim)
        next.write("cd", row: 0, column: 2, role: .pomodoroElapsed, shade: .bright)
        next.write("日本", row: 2, column: 0)
        screen.draw(next)
        #expect(
            device.puts == [
                .init(text: "ab", row: 0, column: 0, style: Style(foreground: 22)),
                .init(text: "cd", row: 0, column: 2, style: Style(foreground: 46)),
                .init(text: "日本", row: 2, column: 0, style: Style()),
            ])
    }

    @Test func resizeRepaintsEverything() throws {
        let device = RecordingDevice()
        let screen = try CursesScreen(device: device, noColor: false)
        screen.draw(frame("14:13"))
        device.size = TerminalSize(width: 30, height: 6)
        device.keys = [.resize]
        #expect(screen.readKey() == .resize)
        #expect(screen.size == TerminalSize(width: 30, height: 6))
        device.puts = []
        screen.draw(frame("14:13"))
        #expect(device.calls.filter { $0 == "clear" }.count == 2)
        #expect(device.puts.count == 1)
        #expect(screen.readKey() == nil)
    }

    @Test func suspendGivesTheTerminalBackAndRepaintsAfter() throws {
        let device = RecordingDevice()
        let screen = try CursesScreen(device: device, noColor: false)
        screen.draw(frame("14:13"))
        screen.suspend { device.calls.append("stopped") }
        #expect(device.calls.suffix(3) == ["suspend", "stopped", "resume"])
        device.puts = []
        screen.draw(frame("14:13"))
        #expect(device.puts.count == 1)
    }

    @Test func restoreIsIdempotent() throws {
        let device = RecordingDevice()
        let screen = try CursesScreen(device: device, noColor: false)
        screen.restore()
        screen.restore()
        #expect(!screen.isActive)
        #expect(device.calls.filter { $0 == "stop" }.count == 1)
        screen.draw(frame("14:13"))
        #expect(device.puts.isEmpty)
    }

    @Test func releasingTheScreenRestoresTheTerminal() throws {
        let device = RecordingDevice()
        do { _ = try CursesScreen(device: device, noColor: false) }
        #expect(device.calls == ["start", "stop"])
    }
}
