import ArgumentParser
import Glibc

/// The `ouro` command: a pomodoro timer that is always running during your work hours.
@main
struct Ouro: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ouro",
        abstract: "A terminal pomodoro timer for time blindness.",
        discussion: """
            Environment: OURO_HOME (data directory, default $XDG_DATA_HOME/ouro or \
            ~/.local/share/ouro), OURO_NOW (pretend time: epoch seconds or ISO 8601 with an \
            offset), TZ, NO_COLOR, OURO_NOTIFY (notifications at each interval start: a \
            comma list of desktop, bell, osc, or none; default all), OURO_HOOK_TIMEOUT \
            (seconds a hook may run, default 10). Hooks: executables named after events \
            (interval-start, interval-end, pomodoro-start, pomodoro-end, break-start, \
            break-end, start-prompt, session-start, session-end) in \
            $XDG_CONFIG_HOME/ouro/hooks (default ~/.config/ouro/hooks) run once per event \
            with OURO_EVENT, OURO_KIND, OURO_START, OURO_END, OURO_INTENTION_ID, \
            OURO_INTENTION_TITLE and OURO_LATE in their environment. --work-hours, \
            --work-days and --streak given with a subcommand are saved with it, just \
            before it runs. Exit codes: 0 done, 10 on a break, 11 already running, \
            12 intention completed or abandoned, 64 bad input, 65 no such intention or \
            pomodoro, 74 data store unusable.
            """,
        version: "0.1.0",
        // Every command below names itself (CommandNameTests): a derived name costs a
        // search of every protocol conformance in the binary at each start.
        subcommands: [
            Hud.self, Status.self, Intend.self, Start.self, Evaluate.self, Abandon.self,
            EstimateIntention.self, Intentions.self, Log.self, Score.self, Hours.self,
            SessionCommand.self, Sessions.self, Watch.self, Settings.self,
        ],
        defaultSubcommand: Hud.self
    )

    @OptionGroup var settings: WorkHourSettings

    /// Holds the settings flags for the subcommand that runs next (the parser validates the
    /// main command first, with its flags, wherever they were written): a subcommand applies
    /// them in its own transaction, `hud` saves and echoes them.
    mutating func validate() throws {
        SettingsChange.hold(settings.change)
    }

    /// Runs `ouro status` by hand when it can (see ``StatusOptions/fastPath(_:)``), else
    /// parses the arguments and runs the command; either way ends the process with the
    /// status ``ErrorReport`` chooses, so every failure is one `ouro: ` line and a spec'd code
    /// (a failed write on standard output too: see ``StandardOutput``).
    static func main() {
        StandardOutput.reserveStandardDescriptors()
        if let options = StatusOptions.fastPath(CommandLine.arguments.dropFirst()) {
            do {
                let text = try options.output(in: .current())
                print(text)
                try StandardOutput.finish()
                Glibc.exit(0)
            } catch {
                fail(error)
            }
        }
        do {
            var command = try parseAsRoot()
            try command.run()
            try StandardOutput.finish()
        } catch {
            // --help and --version arrive as errors whose code is success; the parser prints
            // them in its own format.
            if exitCode(for: error) == .success, !(error is ExitCode) { exit(withError: error) }
            fail(error)
        }
    }

    private static func fail(_ error: any Error) -> Never {
        let report = ErrorReport(error)
        if let line = report.line { StandardError.writeLine(line) }
        Glibc.exit(report.status)
    }
}
