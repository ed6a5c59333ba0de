import Foundation
import OuroStore

/// A private `OURO_HOME` for a scenario: every run shares it, the directory goes when the
/// value does.
final class OuroHome {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "ouro-e2e-" + UUID().uuidString
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// The database file.
    var databasePath: String { Store.path(inDirectory: path) }

    /// Runs `ouro arguments…` at `now` (epoch seconds) in this home, in UTC.
    @discardableResult
    func run(_ arguments: [String], at now: Double) throws -> OuroProcess.Result {
        try OuroProcess.run(
            arguments, environment: ["OURO_HOME": path, "OURO_NOW": String(now)])
    }

    /// `status --json` at `now`, parsed.
    func status(at now: Double) throws -> [String: Any] {
        let result = try run(["status", "--json"], at: now)
        precondition(result.status == 0, result.stderr)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return object as? [String: Any] ?? [:]
    }

    /// A fresh home with no work hours and one manual session, as the model spec's examples
    /// assume.
    static func withSession(from start: Double, to end: Double) throws -> OuroHome {
        let home = OuroHome()
        // Added a minute ahead: a session added while under way shows its prompt at once, and
        // the spec's examples jump from before the session into it.
        try home.run(["hours", "clear"], at: start - 60)
        let added = try home.run(
            ["session", "add", "--from", String(start), "--to", String(end)], at: start - 60)
        precondition(added.status == 0, added.stderr)
        return home
    }

    /// The bytes of the database file (the WAL is checkpointed when the last run closes).
    var databaseBytes: Data { FileManager.default.contents(atPath: databasePath) ?? Data() }
}

extension [String: Any] {
    /// The value at a dotted path such as `interval.kind`.
    subscript(path path: String) -> Any? {
        var value: Any? = self
        for key in path.split(separator: ".") {
            value = (value as? [String: Any])?[String(key)]
        }
        return value
    }
}
