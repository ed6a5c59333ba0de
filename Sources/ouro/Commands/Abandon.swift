import ArgumentParser
import OuroCore
import OuroStore

/// `ouro abandon`: gives an intention up.
struct Abandon: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "abandon",
        abstract: "Abandon an intention (ends its running pomodoro and streak now).",
        discussion: """
            Names the intention by id or title: a title names the newest open intention with \
            exactly that title. If its pomodoro is running, that pomodoro and its streak end \
            now, with no break and nothing to evaluate.
            """)

    @Argument(help: ArgumentHelp("The intention's id or title.", valueName: "id-or-title"))
    var intention: String

    func run() throws {
        let context = try CommandContext.current()
        let reference = try IntentionReference.argument(intention, command: "abandon")
        var scope = WorkingSetScope()
        switch reference {
        case .id(let id): scope.intentionIDs = [id]
        case .title(let title): scope.intentionTitle = title
        }
        let id = try context.update(scope: scope) { model, observer in
            try model.abandon(reference, at: context.now, observer: observer)
        }
        print("intention \(id) abandoned")
    }
}
