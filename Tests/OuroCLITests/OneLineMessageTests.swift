import Foundation
import OuroStore
import Testing

/// Every failure is exactly one `ouro: ` line that says what is wrong: symbolic links that
/// lead nowhere, values with newlines, POSIX `TZ` rules and terminals curses cannot drive.
@Suite struct OneLineMessageTests {
    /// Runs `ouro arguments…` with `environment` at a fixed time.
    static func run(
        _ arguments: [String], _ environment: [String: String]
    ) throws -> OuroProcess.Result {
        try OuroProcess.run(
            arguments,
            environment: ["OURO_NOW": "2026-12-01T10:00:00Z"].merging(environment) {
                $1
            })
    }

    /// Expects a failure with `status` and one line that begins `ouro: ` and contains `text`.
    static func expectOneLine(_ result: OuroProcess.Result, _ status: Int32, _ text: String) {
        #expect(result.status == status, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("ouro: "))
        #expect(result.stderr.filter(\.isNewline).count == 1, "\(result.stderr)")
        #expect(result.stderr.last == "\n")
        #expect(result.stderr.contains(text), "\(result.stderr)")
    }

    @Test func aDanglingSymbolicLinkIsNamed() throws {
        let link = NSTemporaryDirectory() + "ouro-dangling-" + UUID().uuidString
        try FileManager.default.createSymbolicLink(
            atPath: link, withDestinationPath: link + "-nowhere/home")
        defer { try? FileManager.default.removeItem(atPath: link) }
        let result = try Self.run(["status"], ["OURO_HOME": link])
        Self.expectOneLine(result, 74, "\(link) is a dangling symbolic link")
        #expect(!result.stderr.contains("File exists"))
    }

    @Test func aLoopOfSymbolicLinksIsNamed() throws {
        let link = NSTemporaryDirectory() + "ouro-loop-" + UUID().uuidString
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: link)
        defer { try? FileManager.default.removeItem(atPath: link) }
        let result = try Self.run(["status"], ["OURO_HOME": link])
        Self.expectOneLine(result, 74, "oo many levels of symbolic links")
        #expect(!result.stderr.contains("File exists"))
    }

    /// A newline or an escape sequence in an echoed value is written as an escape.
    @Test func anEchoedNewlineStaysOnTheLine() throws {
        let result = try Self.run(["status"], ["OURO_NOW": "2026-12-01\nx\u{1B}]2;t\u{7}"])
        Self.expectOneLine(result, 64, #"OURO_NOW='2026-12-01\u{A}x\u{1B}]2;t\u{7}'"#)
        #expect(!result.stderr.contains("\u{1B}"))
    }

    /// SQLite's error for a malformed schema quotes the bad entry's name, newline and all.
    @Test func aCorruptSchemaMessageIsOneLine() throws {
        let home = OuroHome()
        #expect(try home.run(["intend", "x"], at: 1_000).status == 0)
        do {
            let database = try Database(path: home.databasePath)
            try database.execute(
                "PRAGMA writable_schema = ON; INSERT INTO sqlite_master "
                    + "VALUES ('table', 'x\ny', 'x\ny', 0, 'garbage');")
        }
        let result = try Self.run(["status"], ["OURO_HOME": home.path])
        Self.expectOneLine(result, 74, #"malformed database schema (x\u{A}y)"#)
    }

    /// POSIX `TZ` rules name no zone file; they are refused rather than taken as UTC.
    @Test(arguments: ["JST-9", "UTC+14", "EST5EDT,M3.2.0,M11.1.0", "Nowhere/City"])
    func aTZThatNamesNoZoneIsRefused(tz: String) throws {
        let result = try Self.run(["start", "x"], ["TZ": tz])
        Self.expectOneLine(result, 64, "TZ='\(tz)' is not valid")
        #expect(result.stdout.isEmpty)
    }

    /// The control: zone names, with or without the leading colon, are used.
    @Test(arguments: ["Asia/Tokyo", ":Asia/Tokyo", "/usr/share/zoneinfo/Asia/Tokyo"])
    func aZoneNameIsUsed(tz: String) throws {
        let result = try Self.run(["start", "x"], ["TZ": tz])
        #expect(result.status == 0)
        #expect(result.stdout == "pomodoro 1 on 'x' until 19:05\n")
    }

    /// `TERM=dumb` cannot draw the HUD: one line says so and the exit is not 0, instead of a
    /// blank screen. The HUD runs on a pseudo-terminal made by `script`.
    @Test func aDumbTerminalIsRefused() throws {
        let home = OuroHome()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = [
            "-s", "KILL", "10", "/usr/bin/script", "-qec", "'\(OuroProcess.binary.path)' hud",
            "/dev/null",
        ]
        process.environment = [
            "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TZ": "UTC", "TERM": "dumb",
            "OURO_HOME": home.path, "OURO_NOW": "2026-12-01T10:00:00Z",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(
            decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // `script` hands on the HUD's status and copies the terminal's output to stdout.
        #expect(process.terminationStatus == 64, "\(text)")
        let lines = text.split(whereSeparator: \.isNewline).filter {
            !$0.allSatisfy(\.isWhitespace)
        }
        #expect(lines.count == 1, "\(text)")
        #expect(
            lines.first?.contains("ouro: the terminal cannot move the cursor (TERM=dumb)") == true)
    }
}
