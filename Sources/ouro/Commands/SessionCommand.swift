import ArgumentParser

/// `ouro session`: one-off sessions.
struct SessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session", abstract: "Add a one-off session.",
        subcommands: [Add.self])

    /// `ouro session add --from --to`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a session today (--from 14:00 --to 16:30) or at full timestamps.",
            discussion: """
                A wall-time end before the start is on the next day. Sessions never overlap: \
                a session that overlaps another (or the work hours' next session), lasts \
                over 24 hours or has already ended is refused; touching (one ends as the \
                next starts) is fine.
                """)

        @Option(
            help: ArgumentHelp(
                "When it starts (14:00, epoch seconds or ISO 8601).", valueName: "time"),
            transform: { try SessionTime(parsing: $0) })
        var from: SessionTime

        @Option(
            help: ArgumentHelp("When it ends.", valueName: "time"),
            transform: { try SessionTime(parsing: $0) })
        var to: SessionTime

        func run() throws {
            let context = try CommandContext.current()
            let today = context.today
            let start = from.resolved(on: today, zone: context.zone)
            var end = to.resolved(on: today, zone: context.zone)
            if case .wall = to, end < start {
                end = to.resolved(
                    on: DayWindow(date: today.date.adding(days: 1), zone: context.zone),
                    zone: context.zone)
            }
            guard end > start else {
                throw OuroError.usage("a session must end after it starts")
            }
            let id = try context.update { model, observer in
                try model.addSession(from: start, to: end, at: context.now, observer: observer)
            }
            print(
                "session \(id): \(ClockText.iso8601(start, in: context.zone)) to "
                    + ClockText.iso8601(end, in: context.zone))
        }
    }
}
