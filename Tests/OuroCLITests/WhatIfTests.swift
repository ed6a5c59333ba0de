import Foundation
import OuroCore
import OuroStore
import Testing

/// What-ifs never move the store: an `OURO_NOW` ahead of the real clock and `--at` run on a
/// copy in memory; a store ahead of the clock (a clock stepped back) is used at its own
/// time, and said so.
@Suite struct WhatIfTests {
    /// A week ahead of the real clock, as ISO 8601 (the form a user would type).
    static func nextWeek() -> String {
        let formatter = ISO8601DateFormatter()
        return formatter.string(from: Date().addingTimeInterval(7 * 86_400))
    }

    /// A home with a session from 1 000 to 20 000 and a pomodoro started at 1 100.
    static func home() throws -> OuroHome {
        let home = try OuroHome.withSession(from: 1_000, to: 20_000)
        try home.run(["start", "Write"], at: 1_100)
        return home
    }

    static let futureCommands: [[String]] = [
        ["status"], ["status", "--json"], ["intend", "Later"], ["evaluate", "focused"],
        ["score"], ["sessions"], ["log"],
    ]

    @Test(arguments: futureCommands)
    func anOuroNowAheadOfTheClockSavesNothing(arguments: [String]) throws {
        let home = try Self.home()
        let watcher = try Database(path: home.databasePath)
        let version = try watcher.dataVersion()
        let before = home.databaseBytes
        let result = try OuroProcess.run(
            arguments, environment: ["OURO_HOME": home.path, "OURO_NOW": Self.nextWeek()])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "ouro: OURO_NOW is ahead of the clock: nothing was saved\n")
        #expect(try watcher.dataVersion() == version)
        #expect(home.databaseBytes == before)
        // The store stays where it was: the pomodoro still runs at 1 200.
        #expect(try home.status(at: 1_200)[path: "interval.kind"] as? String == "pomodoro")
    }

    @Test func anOuroNowAheadOfTheClockRunsNoHook() throws {
        let hooks = try HookHome.withSession()
        for event in ["session-start", "session-end"] {
            try hooks.addHook(event, #"echo "$OURO_EVENT" >> "$OURO_HOME/events""#)
        }
        let result = try OuroProcess.run(
            ["status"], environment: hooks.environment(at: 0, ["OURO_NOW": Self.nextWeek()]))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(hooks.lines("events").isEmpty)
        // The control: the same advance at a past time runs both.
        #expect(try hooks.run(["status"], at: 6_000).status == 0)
        #expect(hooks.lines("events") == ["session-start", "session-end"])
    }

    @Test func anOuroNowInThePastStillSaves() throws {
        let home = try Self.home()
        let watcher = try Database(path: home.databasePath)
        let version = try watcher.dataVersion()
        let result = try home.run(["intend", "Later"], at: 1_200)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(try watcher.dataVersion() != version)
    }

    static let atCommands: [[String]] = [
        ["status", "--json", "--at", "1600"], ["status", "--at", "1970-01-01T00:26:40Z"],
        ["score", "--at", "1600"], ["sessions", "--json", "--at", "1600"],
    ]

    @Test(arguments: atCommands)
    func atIsAReadOnlyWhatIf(arguments: [String]) throws {
        let home = try Self.home()
        let watcher = try Database(path: home.databasePath)
        let version = try watcher.dataVersion()
        let before = home.databaseBytes
        let result = try home.run(arguments, at: 1_200)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(try watcher.dataVersion() == version)
        #expect(home.databaseBytes == before)
    }

    @Test func statusAtShowsThatTime() throws {
        let home = try Self.home()
        let result = try home.run(["status", "--json", "--at", "1600"], at: 1_200)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let status = try #require(object as? [String: Any])
        // The pomodoro from 1 100 ended at 1 400; its break runs to 1 700.
        #expect(status[path: "now"] as? Double == 1_600)
        #expect(status[path: "interval.kind"] as? String == "break")
        // Nothing moved: at 1 200 the pomodoro is still running.
        #expect(try home.status(at: 1_200)[path: "interval.kind"] as? String == "pomodoro")
    }

    @Test func atBeforeTheStoresTimeSaysSo() throws {
        let home = try Self.home()
        let result = try home.run(["status", "--json", "--at", "1050"], at: 1_200)
        #expect(result.status == 0)
        #expect(
            result.stderr
                == "ouro: --at 1970-01-01 00:17 is before the store's last update "
                + "(1970-01-01 00:18); showing that time instead (the model never goes back)\n")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        #expect((object as? [String: Any])?[path: "now"] as? Double == 1_100)
    }

    @Test func atRefusesAMalformedTime() throws {
        let result = try OuroProcess.run(["status", "--at", "tomorrow"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("ouro: "))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func aStoreAheadOfTheClockIsUsedAtItsTimeAndSaidOnce() throws {
        let home = OuroHome()
        let ahead = (Date().timeIntervalSince1970 + 7 * 86_400).rounded()
        // A store another clock left a week ahead (written here, as a what-if never saves).
        let store = try Store(directory: home.path)
        _ = try store.update(at: ahead) { model, observer in
            try model.addIntention(title: "Ahead", at: ahead, observer: observer)
        }
        let result = try OuroProcess.run(
            ["status", "--json"], environment: ["OURO_HOME": home.path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("ouro: the store was last updated at ") == true)
        #expect(lines.first?.contains("ahead of the clock") == true)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        #expect((object as? [String: Any])?[path: "now"] as? Double == ahead)
    }
}
