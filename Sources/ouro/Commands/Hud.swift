import ArgumentParser

/// `ouro hud` (the default): the full-screen HUD.
struct Hud: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hud",
        abstract: "Open the HUD (the default).",
        discussion: """
            Given the main command's --work-hours, --work-days or --streak, ouro saves them, \
            prints what they set and exits instead; run ouro again to open the HUD.
            """)

    @ParentCommand var root: Ouro

    @Option(
        help: """
            Run the HUD's clock this many times faster (more than 0, at most 10000): a demo \
            on a copy of the data in memory, never saved.
            """)
    var speed: Double = 1

    @Option(help: "Time between pulses, like 30s (the default) or 1m.")
    var pulse: DurationArgument?

    @Flag(help: "Replace the pulse's animation with one brief highlight.")
    var reduceMotion = false

    @Flag(help: "Show the time left in minutes only.")
    var noSeconds = false

    func run() throws {
        guard HUDRunOptions.accepts(speed: speed) else {
            throw OuroError.usage(
                "--speed must be more than 0 and at most 10000, like 1 or 60 (not \(speed))")
        }
        // The flags are the command here: saved and echoed, not held for a subcommand.
        let settings = SettingsChange.take() ?? root.settings.change
        guard settings.isEmpty else {
            let context = try CommandContext.current()
            let lines = try context.update { model, observer in
                try settings.apply(
                    to: &model, zone: context.zone, at: context.now, observer: observer)
            }
            for line in lines { print(line) }
            return
        }
        try HUDLauncher.run(
            options: HUDRunOptions(
                speed: speed, pulsePeriod: Double(pulse?.seconds ?? 30), reduceMotion: reduceMotion,
                showsSeconds: !noSeconds),
            context: .current())
    }
}
