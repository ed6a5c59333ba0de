import ArgumentParser

/// `ouro intend`: creates an intention and prints its id.
struct Intend: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intend",
        abstract: "Create an intention; prints its id.")

    @Argument(help: "What you intend to do.")
    var title: String

    @Option(help: "A longer description.")
    var description = ""

    @Option(
        help: ArgumentHelp(
            "A first estimate of the time it takes (25m, 1h30m).", valueName: "duration"),
        transform: { try DurationArgument(parsing: $0) })
    var estimate: DurationArgument?

    func run() throws {
        guard !title.allSatisfy(\.isWhitespace) else {
            throw OuroError.usage("an intention needs a title, like 'ouro intend \"Write report\"'")
        }
        let context = try CommandContext.current()
        let id = try context.update { model, observer in
            try model.addIntention(
                title: title, description: description,
                estimate: estimate.map { Double($0.seconds) },
                at: context.now, observer: observer)
        }
        // Committed before it is printed: should the id not reach standard output, the
        // error line says it rather than the id being lost (see StandardOutput).
        StandardOutput.remember("intention \(id) was added")
        print(id)
    }
}
