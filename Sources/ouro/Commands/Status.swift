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

    @Option(
        help: ArgumentHelp(
            "Show what it would be at this time, saving nothing (epoch seconds or ISO 8601 "
                + "with an offset).", valueName: "time"),
        transform: { try WhatIfTime(parsing: $0) })
    var at: WhatIfTime?

    func run() throws {
        print(
            try StatusOptions(json: json, format: format).output(
                in: CommandContext.current().at(at?.seconds)))
    }
}
