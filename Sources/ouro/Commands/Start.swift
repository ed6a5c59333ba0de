import ArgumentParser
import OuroCore
import OuroStore

/// `ouro start`: starts (or continues) a pomodoro.
struct Start: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start (or continue) a pomodoro.",
        discussion: """
            Names the intention by id or title: a title names the newest open intention with \
            exactly that title, and a title no open intention has creates one. \
            Without one, works on the latest pomodoro's intention. Exits 10 on a break and 11 \
            when a pomodoro is already running; nothing changes then.
            """)

    @Argument(help: ArgumentHelp("The intention's id or title.", valueName: "id-or-title"))
    var intention: String?

    func run() throws {
        let context = try CommandContext.current()
        let reference = try intention.map { try IntentionReference.argument($0, command: "start") }
        var scope = WorkingSetScope(latestPomodoro: reference == nil)
        switch reference {
        case .id(let id)?: scope.intentionIDs = [id]
        case .title(let title)?: scope.intentionTitle = title
        case nil: break
        }
        let message = try context.update(scope: scope) { model, observer in
            let result = try model.startPomodoro(
                on: try Self.target(reference, in: model), at: context.now, observer: observer)
            return try Self.message(for: result, model: model, context: context)
        }
        print(message)
    }

    /// The intention to start: the one named (a title no open intention has is created by
    /// the model), or the latest pomodoro's.
    private static func target(
        _ reference: IntentionReference?, in model: Nexus
    ) throws -> IntentionReference {
        if let reference { return reference }
        guard let latest = model.latestPomodoro?.intentionID else {
            throw OuroError.usage("name an intention to start, like 'ouro start \"Write report\"'")
        }
        return .id(latest)
    }

    private static func message(
        for result: StartResult, model: Nexus, context: CommandContext
    ) throws(OuroError) -> String {
        func until(_ id: Int) -> String {
            model.interval(id).map { ClockText.wallTime($0.end, in: context.zone) } ?? "?"
        }
        func title(_ id: Int) -> String {
            DisplayText.escaped(
                model.interval(id)?.intentionID.flatMap { model.intention($0) }?.title ?? "")
        }
        func number(_ id: Int) -> Int { model.interval(id)?.number ?? id }
        switch result {
        case .started(let id):
            return "pomodoro \(number(id)) on '\(title(id))' until \(until(id))"
        case .continued(let id):
            return
                "pomodoro \(number(id)) on '\(title(id))' continues the streak until \(until(id))"
        case .onBreak(let id):
            throw OuroError(
                status: .onBreak,
                message: "on a break until \(until(id)); nothing started (start again then)")
        case .alreadyStarted(let id):
            throw OuroError(
                status: .alreadyRunning,
                message:
                    "pomodoro \(number(id)) on '\(title(id))' is already running until \(until(id))"
            )
        }
    }
}
