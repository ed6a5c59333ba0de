import Foundation
import Testing

/// The reproduction in a real tmux pane: a title that sets the pane's title and
/// writes the clipboard (OSC 2 and OSC 52) does neither when listed.
@Suite struct TerminalEscapeTmuxTests {
    @Test func listingAnEvilTitleLeavesThePaneAlone() throws {
        let now = HostileTitleTests.midnight
        let home = OuroHome()
        let made = try home.run(
            ["intend", "Evil\u{1B}]52;c;SGVsbG8=\u{07}\u{1B}]2;PWNED\u{07}"], at: now)
        try #require(made.status == 0)
        let pane = try TmuxPane(
            ["intentions"], home: home, at: now, options: ["set-clipboard": "on"])
        #expect(pane.file("exit-status") == "0")
        #expect(try pane.wait(for: "Evil").held)
        let title = pane.tmux(["display-message", "-p", "#{pane_title}"])
        #expect(!title.contains("PWNED"), "the pane's title became \(title)")
        #expect(pane.tmux(["list-buffers"]) == "", "the clipboard was written")
        #expect(pane.capture().contains("Evil\\u{1B}]52;c;SGVsbG8=\\u{7}\\u{1B}]2;PWNED\\u{7}"))
    }
}
