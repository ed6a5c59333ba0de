import Foundation
import Testing

/// The real HUD under tmux: what it shows, its keys, resizing, another process's changes,
/// and the terminal given back.
///
/// `OURO_NOW` is 10:00 UTC on Monday 2026-11-23, inside the default work hours (09:00–17:00),
/// so the HUD opens on a start prompt that ends at 10:10; the HUD's clock then advances
/// with the real one.
@Suite(.serialized) struct HUDEndToEndTests {
    static let monday10 = 1_795_428_000.0

    @Test func opensOnTheStartPromptWithItsTimeLeft() throws {
        let pane = try TmuxPane(at: Self.monday10, width: 50, height: 12)
        let (text, held) = try pane.wait {
            $0.contains("start") && $0.contains("until 10:10")
                && $0.range(of: "09:5[0-9]", options: .regularExpression) != nil
        }
        #expect(held, "pane:\n\(text)")
    }

    @Test func newIntentionThenStartShowsThePomodoro() throws {
        let pane = try TmuxPane(at: Self.monday10)
        try #require(try pane.wait(for: "Start a pomodoro: press s").held)
        try Self.intend("Write report", in: pane)
        pane.send("s")
        try #require(try pane.wait(for: "Enter start").held)
        pane.send("Enter")
        let started = try pane.wait(for: "Pomodoro started: “Write report”")
        #expect(started.held, "pane:\n\(started.text)")
        // The pomodoro is in the store, not only on screen.
        let status = try pane.home.run(["status"], at: Self.monday10 + 30)
        #expect(status.stdout.contains("pomodoro"), "\(status.stdout)")
        #expect(status.stdout.contains("Write report"), "\(status.stdout)")
    }

    @Test func resizingReLaysOut() throws {
        let pane = try TmuxPane(at: Self.monday10)
        let before = try pane.wait(for: "until 10:10")
        try #require(before.held)
        #expect(Self.column(of: "until 10:10", in: before.text).map { $0 > 40 } == true)
        pane.tmux(["resize-window", "-x", "60", "-y", "20"])
        let after = try pane.wait {
            Self.column(of: "until 10:10", in: $0).map { $0 < 30 } == true
                && $0.split(separator: "\n", omittingEmptySubsequences: false).count <= 21
        }
        #expect(after.held, "pane:\n\(after.text)")
    }

    @Test func anotherProcessesStartShowsUpWithinTwoSeconds() throws {
        let pane = try TmuxPane(at: Self.monday10)
        try #require(try pane.wait(for: "Start a pomodoro: press s").held)
        let started = try pane.home.run(["start", "Other task"], at: Self.monday10 + 1)
        try #require(started.status == 0, "\(started.stderr)")
        let shown = try pane.wait(for: "Other task", timeout: 2)
        #expect(shown.held, "pane:\n\(shown.text)")
    }

    @Test func quitRestoresTheTerminal() throws {
        let pane = try TmuxPane(at: Self.monday10)
        try #require(try pane.wait(for: "q quit").held)
        pane.send("q")
        #expect(pane.file("exit-status") == "0")
        let before = try #require(pane.file("stty-before"))
        #expect(pane.file("stty-after") == before)
    }

    @Test func sigtermRestoresTheTerminalAndExits143() throws {
        let pane = try TmuxPane(at: Self.monday10)
        try #require(try pane.wait(for: "q quit").held)
        let pid = try #require(pane.file("pid").flatMap { Int32($0) })
        #expect(kill(pid, SIGTERM) == 0)
        #expect(pane.file("exit-status") == "143")
        let before = try #require(pane.file("stty-before"))
        #expect(pane.file("stty-after") == before)
    }

    /// SIGQUIT (as `kill` and `Ctrl-\` send it) and SIGPIPE end the HUD like SIGTERM: the
    /// terminal's modes restored, the alternate screen left, the cursor shown, and the exit
    /// status a shell expects (128 + the signal).
    @Test(arguments: [
        ("SIGQUIT", SIGQUIT, "131"), ("Ctrl-\\", SIGQUIT, "131"), ("SIGPIPE", SIGPIPE, "141"),
    ])
    func quitAndBrokenPipeRestoreTheTerminal(name: String, signal: Int32, status: String) throws {
        let pane = try TmuxPane(at: Self.monday10)
        try #require(try pane.wait(for: "q quit").held)
        #expect(pane.tmux(["display-message", "-p", "#{alternate_on}"]) == "1\n")
        if name.hasPrefix("Ctrl") {
            pane.send("C-\\")
        } else {
            let pid = try #require(pane.file("pid").flatMap { Int32($0) })
            #expect(kill(pid, signal) == 0)
        }
        #expect(pane.file("exit-status") == status, "\(name)")
        let before = try #require(pane.file("stty-before"))
        #expect(pane.file("stty-after") == before, "\(name)")
        #expect(pane.tmux(["display-message", "-p", "#{alternate_on}"]) == "0\n", "\(name)")
        #expect(pane.tmux(["display-message", "-p", "#{cursor_flag}"]) == "1\n", "\(name)")
    }

    @Test func speedIsADemoThatNeverSaves() throws {
        let pane = try TmuxPane(["hud", "--speed", "60"], at: Self.monday10)
        try #require(try pane.wait(for: "q quit").held)
        try Self.intend("Demo only", in: pane)
        pane.send("q")
        #expect(pane.file("exit-status") == "0")
        let listed = try pane.home.run(["intentions"], at: Self.monday10 + 60)
        #expect(listed.status == 0)
        #expect(!listed.stdout.contains("Demo only"), "\(listed.stdout)")
    }

    /// A slow hook runs beside the HUD, not in it: the pomodoro shows at once while the hook
    /// still sleeps, and quitting waits for the hook, so the event is delivered exactly once.
    @Test func aSlowHookNeverFreezesTheHUD() throws {
        let hooks = try HookHome()
        try hooks.addHook("pomodoro-start", #"sleep 4; echo "$OURO_EVENT" >>"$OURO_HOME/ran""#)
        let pane = try TmuxPane(
            home: hooks.home, at: Self.monday10,
            environment: ["XDG_CONFIG_HOME": hooks.config, "OURO_NOTIFY": "none"])
        try #require(try pane.wait(for: "Start a pomodoro: press s").held)
        try Self.intend("Write report", in: pane)
        pane.send("s")
        try #require(try pane.wait(for: "Enter start").held)
        pane.send("Enter")
        // Run in the HUD's thread, the hook held the message back for its 4 s.
        let started = try pane.wait(for: "Pomodoro started: “Write report”", timeout: 2)
        #expect(started.held, "pane:\n\(started.text)")
        #expect(hooks.lines("ran").isEmpty)
        pane.send("q")
        #expect(pane.file("exit-status", timeout: 10) == "0")
        #expect(hooks.lines("ran") == ["pomodoro-start"])
        // Marked delivered: the next command does not run it again.
        let status = try hooks.run(["status"], at: Self.monday10 + 60)
        #expect(status.stderr == "")
        #expect(hooks.lines("ran") == ["pomodoro-start"])
    }

    /// Types `n`, the title, Enter and Enter (no estimate), and expects intention 1.
    static func intend(_ title: String, in pane: TmuxPane) throws {
        pane.send("n")
        pane.send("-l", title)
        pane.send("Enter")
        pane.send("Enter")
        let created = try pane.wait(for: "Intention 1 created: “\(title)”")
        #expect(created.held, "pane:\n\(created.text)")
    }

    /// The column where `fragment` first appears on a line of `text`.
    static func column(of fragment: String, in text: String) -> Int? {
        for line in text.split(separator: "\n") {
            if let range = line.range(of: fragment) {
                return line.distance(from: line.startIndex, to: range.lowerBound)
            }
        }
        return nil
    }
}
