import Foundation
import Testing

/// `status --format tmux|waybar|i3bar`: the ready status-bar outputs.
@Suite struct StatusBarFormatTests {
    private func status(_ format: String, at now: Double, noColor: Bool = false) throws -> String {
        let home = try OuroHome.withSession(from: 1_000, to: 5_000)
        try home.run(["start", "Write #1"], at: 1_010)
        let result = try OuroProcess.run(
            ["status", "--format", format],
            environment: [
                "OURO_HOME": home.path, "OURO_NOW": String(now), "OURO_NOTIFY": "none",
                "NO_COLOR": noColor ? "1" : "",
            ])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test func tmuxPaintsTheKindAndDoublesHashes() throws {
        #expect(
            try status("tmux", at: 1_100) == "#[fg=#e06c75]pomodoro 3:30 · Write ##1#[default]\n")
        #expect(try status("tmux", at: 1_100, noColor: true) == "pomodoro 3:30 · Write ##1\n")
    }

    @Test func waybarIsItsCustomModuleJSON() throws {
        #expect(
            try status("waybar", at: 1_100)
                == #"{"text":"pomodoro 3:30 · Write #1","tooltip":"pomodoro 3:30 left · Write #1","class":"pomodoro","alt":"pomodoro","percentage":30}"#
                + "\n")
    }

    @Test func i3barIsOneBlock() throws {
        #expect(
            try status("i3bar", at: 1_400)
                == ##"{"name":"ouro","full_text":"break 3:30","short_text":"break 3:30","color":"#98c379"}"##
                + "\n")
    }
}
