import Foundation

/// Runs a `/bin/sh` script with `$OURO` set to the binary under test.
///
/// Foundation starts every child as the leader of its own process group, so a test can
/// kill the script and everything it started at once.
final class ShellRun {
    let process = Process()

    /// Starts `script` with `environment` added to a minimal one.
    init(_ script: String, environment: [String: String]) throws {
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        var env = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TZ": "UTC"]
        env["OURO"] = OuroProcess.binary.path
        env.merge(environment) { _, new in new }
        process.environment = env
        process.standardOutput = FileHandle.nullDevice
        try process.run()
    }

    /// Waits for the script to end and returns its exit status.
    @discardableResult
    func wait() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Kills the script and every process it started with SIGKILL, then reaps it.
    func killGroup() {
        precondition(getpgid(process.processIdentifier) == process.processIdentifier)
        kill(-process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
