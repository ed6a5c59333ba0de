import ArgumentParser

/// `ouro status`: the current interval, for scripts and status bars.
struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the current interval, for scripts and status bars.",
        discussion: """
            Prints one short line; --json prints one JSON object on one line; --format \
            prints \(StatusTemplate.help).
            """)

    @Flag(help: "Print one JSON object on one line.")
    var json = false

    @Option(help: ArgumentHelp("Print a template instead.", valueName: "template"))
    var format: String?

    @OptionGroup var whatIf: WhatIfOptions

    func run() throws {
        print(
            try StatusOptions(json: json, format: format).output(
                in: CommandContext.current().at(whatIf.at?.seconds)))
    }
}
