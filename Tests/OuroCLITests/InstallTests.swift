import Foundation
import Testing

/// `make install PREFIX=…`: the binary, a man page `man` can read, and a bash completion
/// bash can load; `make uninstall` removes them.
@Suite struct InstallTests {
    private static var root: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }

    /// Runs `command` with `arguments` in the package root.
    private static func run(_ command: String, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [command] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: root)
        var environment = ProcessInfo.processInfo.environment
        environment["MANPAGER"] = "cat"
        environment["MANWIDTH"] = "80"
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func installsManPagesAndCompletionsThatWork() throws {
        let prefix = NSTemporaryDirectory() + "ouro-install-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: prefix) }
        let (installed, log) = try Self.run(
            "make", ["-s", "install", "PREFIX=" + prefix, "INSTALL_BIN=" + OuroProcess.binary.path])
        #expect(installed == 0, "\(log)")
        #expect(FileManager.default.isExecutableFile(atPath: prefix + "/bin/ouro"))
        let (shown, page) = try Self.run("man", ["-l", prefix + "/share/man/man1/ouro.watch.1"])
        #expect(shown == 0)
        #expect(page.contains("ouro watch"))
        #expect(page.contains("--since"))
        let completion = prefix + "/share/bash-completion/completions/ouro"
        let (loaded, spec) = try Self.run(
            "bash", ["-c", "source '\(completion)' && complete -p ouro"])
        #expect(loaded == 0)
        #expect(spec.hasPrefix("complete ") && spec.hasSuffix(" ouro\n"))
        let (removed, _) = try Self.run("make", ["-s", "uninstall", "PREFIX=" + prefix])
        #expect(removed == 0)
        #expect(!FileManager.default.fileExists(atPath: prefix + "/bin/ouro"))
        #expect(!FileManager.default.fileExists(atPath: prefix + "/share/man/man1/ouro.1"))
        #expect(!FileManager.default.fileExists(atPath: completion))
    }
}
