import Foundation
import Testing

/// Seeded hostile titles through `intend` and `start`, then through every listing, status,
/// format, log and watch output: human-readable text never carries their control
/// characters, lines are never forged, CSV cells are neutralised and tmux `#` is doubled.
@Suite struct HostileTitleTests {
    /// 2025-12-02 00:00 UTC, a Tuesday: in the past, so every run saves (a time ahead of the
    /// real clock is a what-if that never does).
    static let midnight = 1_764_633_600.0

    /// 120 intended titles: `intentions` keeps one line per intention with the title shown
    /// escaped, `--json` gives them back exactly, and error messages echoing a title or an
    /// argument stay on one clean line.
    @Test func intendedTitlesListSafely() throws {
        var generator = SeededGenerator(seed: 0x11_7E47)
        let titles = (0..<120).map { _ in HostileTitle.make(using: &generator) }
        let home = OuroHome()
        let now = Self.midnight
        try home.run(["hours", "clear"], at: now)
        for title in titles {
            let made = try home.run(["intend", "--", title], at: now)
            try #require(made.status == 0, "\(title.debugDescription): \(made.stderr)")
        }
        let listed = try home.run(["intentions", "--all"], at: now)
        #expect(listed.status == 0)
        let lines = listed.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast()
        #expect(lines.count == titles.count)
        for (line, title) in zip(lines, titles) {
            // The one tab is the listing's own, between the id and the title.
            let parts = line.split(separator: "\t", maxSplits: 1)
            #expect(parts.count == 2 && parts[0].allSatisfy(\.isNumber), "\(line)")
            guard parts.count == 2 else { continue }
            #expect(HostileTitle.controls(in: String(parts[1])) == [], "\(line.debugDescription)")
            #expect(parts[1].hasPrefix(HostileTitle.visible(title) + " ("))
        }

        let json = try home.run(["intentions", "--all", "--json"], at: now)
        #expect(HostileTitle.controls(in: json.stdout).isEmpty)
        #expect(json.stdout.unicodeScalars.filter { $0 == "\n" }.count == 1)
        let array =
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(array?.compactMap { $0["title"] as? String } == titles)

        // Errors echoing a value: a title no open intention has, an estimate that is not one.
        for title in titles.prefix(20) {
            for arguments in [["abandon", "--", title + "?"], ["estimate", "1", "--", title]] {
                let failed = try home.run(arguments, at: now)
                #expect(failed.status == 64 || failed.status == 65, "\(failed.stderr)")
                #expect(failed.stderr.hasPrefix("ouro: "))
                #expect(
                    HostileTitle.controls(in: failed.stderr).isEmpty,
                    "\(failed.stderr.debugDescription)")
            }
        }
    }

    /// 36 pomodoros on hostile titles, an hour apart: `start`, `status`, `--format tmux`, a
    /// `{title}` template, `log`, `log --csv`, `log --json` and `watch`.
    @Test func startedTitlesShowSafelyEverywhere() throws {
        var generator = SeededGenerator(seed: 0x11_5AFE)
        let titles = (0..<36).map { _ in HostileTitle.make(using: &generator) }
        let home = OuroHome()
        try home.run(["hours", "clear"], at: Self.midnight - 60)
        for (index, title) in titles.enumerated() {
            let start = Self.midnight + Double(index) * 3_600
            let started = try home.run(["start", "--", title], at: start)
            try #require(started.status == 0, "\(title.debugDescription): \(started.stderr)")
            Self.expectOneCleanLine(started.stdout, holding: HostileTitle.visible(title))

            let status = try home.run(["status"], at: start + 60)
            Self.expectOneCleanLine(status.stdout, holding: HostileTitle.visible(title))

            let template = try home.run(["status", "--format", "{title}"], at: start + 60)
            let tmuxTitle = HostileTitle.visible(title).replacingOccurrences(of: "#", with: "##")
            #expect(template.stdout == tmuxTitle + "\n", "\(template.stdout.debugDescription)")

            let bar = try home.run(["status", "--format", "tmux"], at: start + 60)
            Self.expectOneCleanLine(bar.stdout, holding: tmuxTitle)
            #expect(bar.stdout.hasSuffix(tmuxTitle + "#[default]\n"))
        }
        let end = Self.midnight + Double(titles.count) * 3_600
        let since = ["--since", "2025-12-02"]

        let log = try home.run(["log"] + since, at: end)
        let logLines = log.stdout.split(separator: "\n")
        #expect(HostileTitle.controls(in: log.stdout).isEmpty)
        #expect(logLines.allSatisfy { $0.hasPrefix("2025-12-0") }, "a title forged a line")
        #expect(logLines.filter { $0.contains(" pomodoro ") }.count == titles.count)

        let csv = try home.run(["log", "--csv"] + since, at: end)
        #expect(HostileTitle.controls(in: csv.stdout).isEmpty)
        let records = HostileTitle.csvRecords(csv.stdout)
        #expect(records.allSatisfy { $0.count == 8 }, "a title forged a cell or a record")
        let cells = records.dropFirst().filter { !$0.isEmpty }
            .map { $0[5] }.filter { !$0.isEmpty }
        #expect(cells.count == titles.count)
        for (cell, title) in zip(cells, titles) {
            let visible = HostileTitle.visible(title)
            let formula = ["=", "+", "-", "@"].contains { visible.hasPrefix($0) }
            #expect(cell == (formula ? "'" : "") + visible, "\(cell.debugDescription)")
        }

        let json = try home.run(["log", "--json"] + since, at: end)
        #expect(HostileTitle.controls(in: json.stdout).isEmpty)
        #expect(json.stdout.unicodeScalars.filter { $0 == "\n" }.count == 1)
        let intervals =
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        let jsonTitles = intervals?.compactMap {
            ($0["intention"] as? [String: Any])?["title"] as? String
        }
        #expect(jsonTitles == titles)

        let watch = try home.run(
            ["watch", "--since", String(Self.midnight), "--until", String(end)], at: end)
        #expect(watch.status == 0)
        #expect(HostileTitle.controls(in: watch.stdout).isEmpty)
        let watchLines = watch.stdout.split(separator: "\n")
        #expect(watchLines.allSatisfy { $0.count > 6 && $0.dropFirst(2).hasPrefix(":") })
        #expect(watchLines.filter { $0.contains(" pomodoro-start ") }.count == titles.count)

        let watchJSON = try home.run(
            ["watch", "--json", "--since", String(Self.midnight), "--until", String(end)], at: end)
        #expect(HostileTitle.controls(in: watchJSON.stdout).isEmpty)
        #expect(watchJSON.stdout.split(separator: "\n").count == watchLines.count)
    }

    /// `out` is one line without control characters, holding `text`.
    private static func expectOneCleanLine(
        _ out: String, holding text: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(
            out.hasSuffix("\n") && out.unicodeScalars.filter { $0 == "\n" }.count == 1,
            "\(out.debugDescription)", sourceLocation: sourceLocation)
        #expect(
            HostileTitle.controls(in: out).isEmpty, "\(out.debugDescription)",
            sourceLocation: sourceLocation)
        #expect(out.contains(text), "\(out.debugDescription)", sourceLocation: sourceLocation)
    }
}
