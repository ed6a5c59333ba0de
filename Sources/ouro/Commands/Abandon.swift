import ArgumentParser
import OuroStore

/// `ouro abandon`: gives an intention up.
struct Abandon: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "abandon",
        abstract: "Abandon an intention (ends its running pomodoro now).")

    @Argument(help: "The intention's id.")
    var id: Int

    func run() throws {
        let context = try CommandContext.current()
        try context.update(scope: WorkingSetScope(intentionIDs: [id])) { model, observer in
            try model.abandon(id, at: context.now, observer: observer)
        }
        print("intention \(id) abandoned")
    }
}
