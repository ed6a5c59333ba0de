import Foundation
import OuroStore
import Testing

/// A command that fails writes nothing: the database bytes and its `data_version` (seen
/// from a connection held open across the run) are unchanged.
@Suite struct NothingWrittenTests {
    /// A home where intention 1 is completed and intention 2's pomodoro has left a break
    /// running at 1 500.
    static func home() throws -> OuroHome {
        let home = try OuroHome.withSession(from: 1_000, to: 20_000)
        try home.run(["start", "Done"], at: 1_100)
        try home.run(["evaluate", "achieved"], at: 1_200)
        return home
    }

    static let refusals: [([String], Int32)] = [
        (["start", "1"], 12),  // completed
        (["start", "Other"], 10),  // on a break: even the new intention is rolled back
        (["evaluate", "focused", "--pomodoro", "99"], 65),
        (["abandon", "7"], 65),
        (["abandon", "Nobody"], 65),  // no open intention has the title
        (["abandon", " "], 64),
        (["start", ""], 64),
        (["start", "99999999999999999999"], 64),
        (["estimate", "7", "25m"], 65),
        (["hours", "add", "moonday", "10:00-12:00"], 64),
        (["status", "--format", "{kind"], 64),
    ]

    @Test(arguments: refusals)
    func aRefusedCommandChangesNothing(arguments: [String], status: Int32) throws {
        let home = try Self.home()
        let watcher = try Database(path: home.databasePath)
        let version = try watcher.dataVersion()
        let before = home.databaseBytes
        let result = try home.run(arguments, at: 1_300)
        #expect(result.status == status)
        #expect(try watcher.dataVersion() == version)
        #expect(home.databaseBytes == before)
    }

    /// The control: a command that succeeds does change both.
    @Test func aSuccessfulCommandIsSeen() throws {
        let home = try Self.home()
        let watcher = try Database(path: home.databasePath)
        let version = try watcher.dataVersion()
        #expect(try home.run(["intend", "Next"], at: 1_300).status == 0)
        #expect(try watcher.dataVersion() != version)
    }
}
