import OuroCore
import Testing

@testable import ouro

@Suite struct EventTapTests {
    /// Records what reaches the sink behind the tap.
    final class Recorder: EventSink {
        var runs: [[NexusEvent]] = []
        func deliver(_ events: [NexusEvent], now: Double) { runs.append(events) }
    }

    /// The hooks behind the tap still get every run, and the HUD takes each event once, in
    /// order, so it rings the terminal once per interval start.
    @Test func passesEveryRunOnAndHandsEachEventOverOnce() throws {
        var model = Nexus()
        _ = try model.addSession(from: 1_000, to: 2_000, at: 900)
        var events: [NexusEvent] = []
        model.advance(to: 1_100) { events.append($0) }
        #expect(!events.isEmpty)
        let recorder = Recorder()
        let tap = EventTap(passingTo: recorder)
        tap.deliver(events, now: 1_100)
        tap.deliver([], now: 1_101)
        #expect(recorder.runs.count == 2)
        #expect(recorder.runs.first?.count == events.count)
        let taken = tap.take()
        #expect(taken.map(\.time) == events.map(\.time))
        #expect(tap.take().isEmpty)
    }
}

@Suite struct TerminalAlertTests {
    /// A session's start prompt rings the bell and sends OSC 777 and OSC 9; each can be off.
    @Test func aStartPromptRingsAndNotifiesAsTheSettingsAllow() throws {
        var model = Nexus()
        _ = try model.addSession(from: 1_000, to: 2_000, at: 900)
        var events: [NexusEvent] = []
        model.advance(to: 1_100) { events.append($0) }
        let texts = { (settings: NotificationSettings) in
            events.compactMap {
                TerminalAlert.text(for: $0, in: model, zone: .utc, settings: settings)
            }
        }
        let all = texts(NotificationSettings())
        #expect(all.count == 1)
        let text = try #require(all.first)
        #expect(text.hasPrefix("\u{07}\u{1B}]777;notify;"))
        #expect(text.contains("\u{1B}]9;"))
        var bellOnly = NotificationSettings()
        bellOnly.osc = false
        #expect(texts(bellOnly) == ["\u{07}"])
        var none = NotificationSettings()
        none.bell = false
        none.osc = false
        #expect(texts(none).isEmpty)
    }
}
