import Foundation

/// An `OURO_HOME` plus a config directory with hooks, for the hook and watch tests.
///
/// Every run gets `XDG_CONFIG_HOME` pointing at the config directory and `OURO_NOTIFY=none`
/// (no desktop notification spawned on a developer's machine).
final class HookHome {
    let home = OuroHome()
    let config: String

    init() throws {
        config = home.path + "-config"
        try FileManager.default.createDirectory(
            atPath: hooksPath, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: config) }

    /// `$XDG_CONFIG_HOME/ouro/hooks`.
    var hooksPath: String { config + "/ouro/hooks" }

    /// A file in the data directory where hooks write what they saw.
    func file(_ name: String) -> String { home.path + "/" + name }

    /// Installs an executable `/bin/sh` hook for `event`.
    func addHook(_ event: String, _ script: String) throws {
        let path = hooksPath + "/" + event
        try ("#!/bin/sh\n" + script + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
    }

    /// The environment every run gets, plus `extra`.
    func environment(at now: Double, _ extra: [String: String] = [:]) -> [String: String] {
        [
            "OURO_HOME": home.path, "OURO_NOW": String(now), "XDG_CONFIG_HOME": config,
            "OURO_NOTIFY": "none",
        ].merging(extra) { _, new in new }
    }

    /// Runs `ouro arguments…` at `now`.
    @discardableResult
    func run(
        _ arguments: [String], at now: Double, _ extra: [String: String] = [:]
    ) throws -> OuroProcess.Result {
        try OuroProcess.run(arguments, environment: environment(at: now, extra))
    }

    /// The lines of a file hooks appended to (empty when none ran).
    func lines(_ name: String) -> [String] {
        let text = (try? String(contentsOfFile: file(name), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init)
    }

    /// A home with no work hours and one session from 1000 to 5000 (a pomodoro started at
    /// 1010 ends at 1310, its break at 1610, the grace period at 1810).
    static func withSession() throws -> HookHome {
        let hooks = try HookHome()
        // Added a minute ahead, as `OuroHome.withSession` does: the first run inside the
        // session then starts its prompt.
        try hooks.run(["hours", "clear"], at: 940)
        let added = try hooks.run(["session", "add", "--from", "1000", "--to", "5000"], at: 940)
        precondition(added.status == 0, added.stderr)
        return hooks
    }
}
