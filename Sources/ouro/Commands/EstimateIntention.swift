import ArgumentParser
import OuroStore

/// `ouro estimate`: adds an estimate to an intention.
struct EstimateIntention: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "estimate",
        abstract: "Estimate an intention's total pomodoro time (25m, 1h30m).")

    @Argument(help: "The intention's id.")
    var id: Int

    @Argument(
        help: ArgumentHelp("The estimate (25m, 1h30m, 90s, 2h).", valueName: "duration"),
        transform: { try DurationArgument(parsing: $0) })
    var duration: DurationArgument

    func run() throws {
        let context = try CommandContext.current()
        try context.update(scope: WorkingSetScope(intentionIDs: [id])) { model, observer in
            try model.estimate(
                id, duration: Double(duration.seconds), at: context.now, observer: observer)
        }
        print("intention \(id) estimated at \(ClockText.duration(Double(duration.seconds)))")
    }
}
