import ArgumentParser
import OuroCore
import OuroStore

/// `ouro evaluate`: says how a pomodoro went.
struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Evaluate a pomodoro: distracted, interrupted, focused or achieved.",
        discussion: "Evaluates the latest pomodoro unless --pomodoro names another.")

    @Argument(
        help: ArgumentHelp("distracted, interrupted, focused or achieved.", valueName: "result"),
        transform: Self.parse)
    var result: EvaluationResult

    @Option(help: "The pomodoro's number (default: the latest).")
    var pomodoro: Int?

    static func parse(_ text: String) throws -> EvaluationResult {
        guard let result = EvaluationResult(rawValue: text.lowercased()) else {
            throw InputError(
                value: text, expected: "use distracted, interrupted, focused or achieved")
        }
        return result
    }

    func run() throws {
        let context = try CommandContext.current()
        let scope = WorkingSetScope(
            pomodoroNumbers: pomodoro.map { [$0] } ?? [], latestPomodoro: pomodoro == nil)
        let number = try context.update(scope: scope) { model, observer in
            let target: IntervalRecord
            if let pomodoro {
                guard let numbered = model.pomodoro(numbered: pomodoro) else {
                    throw NexusError.noSuchPomodoro(pomodoro)
                }
                target = numbered
            } else {
                guard let latest = model.latestPomodoro else {
                    throw OuroError(
                        status: .notFound, message: "there is no pomodoro to evaluate yet")
                }
                target = latest
            }
            try model.evaluate(pomodoro: target.id, as: result, at: context.now, observer: observer)
            return target.number ?? target.id
        }
        print("pomodoro \(number): \(result.rawValue)")
    }
}
