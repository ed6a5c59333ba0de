import ArgumentParser
import Glibc
import OuroHUD
import OuroStore

/// The `ouro` command: a pomodoro timer that is always running during your work hours.
@main
struct Ouro: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ouro",
        abstract: "A terminal pomodoro timer for time blindness.",
        version: "0.1.0"
    )

    /// Parses the arguments, runs the command and ends the process with the status
    /// ``ErrorReport`` chooses, so every failure is one `ouro: ` line and a spec'd code.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            // --help and --version arrive as errors whose code is success; the parser prints
            // them in its own format.
            if exitCode(for: error) == .success, !(error is ExitCode) { exit(withError: error) }
            let report = ErrorReport(error)
            if let line = report.line { StandardError.writeLine(line) }
            Glibc.exit(report.status)
        }
    }

    mutating func run() throws {
        let environment = OuroEnvironment.current()
        _ = try environment.now()
        let store = try Store(directory: try environment.dataDirectory())
        print("ouro 0.1.0 (sqlite \(SQLiteLibrary.version), \(CursesLibrary.version))")
        print("The HUD is not built yet; data in \(store.database.path).")
    }
}
