import ArgumentParser
import OuroCore
import OuroStore

/// `ouro start`: starts (or continues) a pomodoro.
struct Start: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start (or continue) a pomodoro.",
        discussion: """
            Names the intention by id or title; a title no open intention has creates one. \
            Without one, works on the latest pomodoro's intention. Exits 10 on a break and 11 \
            when a pomodoro is already running; nothing changes then.
            """)

    @Argument(help: ArgumentHelp("The intention's id or title.", valueName: "id-or-title"))
    var intention: String?

    func run() throws {
        let context = try CommandContext.current()
        let id = intention.flatMap { Int($0) }
        let title = id == nil ? intention : nil
        let scope = WorkingSetScope(
            intentionIDs: id.map { [$0] } ?? [], latestPomodoro: intention == nil,
            intentionTitle: title)
        let message = try context.update(scope: scope) { model, observer in
            let target = try Self.target(id: id, title: title, in: &model, context, observer)
            let result = try model.startPomodoro(
                intention: target, at: context.now, observer: observer)
            return try Self.message(for: result, model: model, context: context)
        }
        print(message)
    }

    /// The intention to start: by id, by title (created when no open one has it), or the
    /// latest pomodoro's.
    private static func target(
        id: Int?, title: String?, in model: inout Nexus, _ context: CommandContext,
        _ observer: NexusObserver
    ) throws -> Int {
        if let id { return id }
        if let title {
            let open = model.intentions.last {
                $0.title == title && !$0.isCompleted && !$0.isAbandoned
            }
            if let open { return open.id }
            return try model.addIntention(title: title, at: context.now, observer: observer)
        }
        guard let latest = model.latestPomodoro?.intentionID else {
            throw OuroError.usage("name an intention to start, like 'ouro start \"Write report\"'")
        }
        return latest
    }

    private static func message(
        for result: StartResult, model: Nexus, context: CommandContext
    ) throws(OuroError) -> String {
        func until(_ id: Int) -> String {
            model.interval(id).map { ClockText.wallTime($0.end, in: context.zone) } ?? "?"
        }
        func title(_ id: Int) -> String {
            model.interval(id)?.intentionID.flatMap { model.intention($0) }?.title ?? ""
        }
        switch result {
        case .started(let id):
            return "pomodoro \(id) on '\(title(id))' until \(until(id))"
        case .continued(let id):
            return "pomodoro \(id) on '\(title(id))' continues the streak until \(until(id))"
        case .onBreak(let id):
            throw OuroError(
                status: .onBreak,
                message: "on a break until \(until(id)); nothing started (start again then)")
        case .alreadyStarted(let id):
            throw OuroError(
                status: .alreadyRunning,
                message: "pomodoro \(id) on '\(title(id))' is already running until \(until(id))")
        }
    }
}
