import Foundation

/// Runs the built `ouro` binary the way a user's shell would, for end-to-end tests.
///
/// The binary is `$OURO_BIN` (the Makefile sets it) or `.build/debug/ouro` beside this
/// package. Every run gets its own `OURO_HOME` unless the test passes one, so tests never
/// touch the user's data.
struct OuroProcess {
    /// What one run printed and how it exited.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["OURO_BIN"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/ouro")
    }

    /// Runs `ouro arguments…`; `launcher` (e.g. `["setpriv", …]`) is put in front when given.
    static func run(
        _ arguments: [String], environment: [String: String] = [:], launcher: [String] = []
    ) throws -> Result {
        let process = Process()
        var env = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TZ": "UTC"]
        var scratch: String?
        if environment["OURO_HOME"] == nil {
            let home = NSTemporaryDirectory() + "ouro-cli-" + UUID().uuidString
            env["OURO_HOME"] = home
            scratch = home
        }
        defer { if let scratch { try? FileManager.default.removeItem(atPath: scratch) } }
        env.merge(environment) { _, new in new }
        if let tool = launcher.first {
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = Array(launcher.dropFirst()) + [binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
