import Foundation
import OuroStore
import Testing

/// `--streak` takes 1 to 32 pomodoro/break pairs of 1 to 240 minutes, and rules read back
/// from the store are held to the same bounds: 55 steps once made points that crashed
/// `status`, `score`, `sessions` and the HUD.
@Suite struct StreakBoundsTests {
    /// `count` pairs of `pair`, comma-separated.
    private func rules(_ count: Int, _ pair: String = "1/1") -> String {
        Array(repeating: pair, count: count).joined(separator: ",")
    }

    @Test(arguments: [33, 55, 60])
    func tooManyStepsExit64AndChangeNothing(count: Int) throws {
        let home = OuroHome()
        try home.run(["hours", "set", "mon-fri", "09:00-17:00"], at: 1_796_119_200)
        let before = home.databaseBytes
        let text = rules(count)
        let result = try home.run(["--streak", text], at: 1_796_119_200)
        #expect(result.status == 64)
        #expect(
            result.stderr
                == "ouro: the value '\(text)' is invalid for '--streak <rules>': use 1 to 32 "
                + "pomodoro/break pairs of 1 to 240 minutes each, separated by commas, like "
                + "5/5,10/5,20/5,30/10 (see 'ouro --help')\n")
        #expect(home.databaseBytes == before)
    }

    @Test(arguments: ["5/241", "241/5", "5/5,10/1440", "0/5"])
    func stepsOutsideOneMinuteToFourHoursExit64(text: String) throws {
        let result = try OuroProcess.run(["--streak", text], environment: ["OURO_NOW": "1100"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("ouro: the value '\(text)' is invalid for '--streak"))
    }

    @Test func theLongestRulesWorkInEveryCommand() throws {
        let home = OuroHome()
        let tuesday = 1_796_119_200.0  // 2026-12-01 10:00 UTC
        #expect(try home.run(["hours", "set", "mon-fri", "09:00-17:00"], at: tuesday).status == 0)
        let set = try home.run(["--streak", rules(32, "240/240")], at: tuesday)
        #expect(set.status == 0)
        #expect(try home.run(["--streak", rules(32)], at: tuesday).status == 0)
        for command in [["status"], ["status", "--json"], ["score"], ["sessions"]] {
            let result = try home.run(command, at: tuesday + 60)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
    }

    @Test func rulesOutOfBoundsInTheStoreExit74AndChangeNothing() throws {
        let home = OuroHome()
        #expect(try home.run(["--streak", "3/3"], at: 1_100).status == 0)
        do {
            let database = try Database(path: home.databasePath)
            guard case .blob(var bytes) = try database.scalar("SELECT state FROM live WHERE id = 1")
            else {
                Issue.record("no live state")
                return
            }
            // Both 180-second lengths, as the snapshot writes doubles, become 30 seconds.
            let written = (0..<8).map { UInt8(truncatingIfNeeded: 180.0.bitPattern >> ($0 * 8)) }
            let short = (0..<8).map { UInt8(truncatingIfNeeded: 30.0.bitPattern >> ($0 * 8)) }
            var replaced = 0
            for start in 0...(bytes.count - 8) where Array(bytes[start..<start + 8]) == written {
                bytes.replaceSubrange(start..<start + 8, with: short)
                replaced += 1
            }
            #expect(replaced == 2)
            try database.execute("UPDATE live SET state = ? WHERE id = 1", [.blob(bytes)])
        }
        let before = home.databaseBytes
        for command in [["status"], ["score"], ["sessions"]] {
            let result = try home.run(command, at: 1_200)
            #expect(result.status == 74, "\(command)")
            #expect(result.stderr.hasPrefix("ouro: "))
            #expect(result.stderr.contains("streak rules"))
            #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        }
        #expect(home.databaseBytes == before)
    }
}
