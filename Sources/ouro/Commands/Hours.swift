import ArgumentParser
import OuroCore

/// `ouro hours`: the work-hour rules.
struct Hours: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hours",
        abstract: "List or change the work hours.",
        subcommands: [List.self, Set.self, Add.self, Clear.self],
        defaultSubcommand: List.self)

    /// Runs `change` on the model and prints the rules that result.
    ///
    /// - Parameter readMostly: for `hours list`, which only looks: no write access needed.
    static func change(
        json: Bool = false, readMostly: Bool = false,
        _ change: (inout Nexus, CommandContext, @escaping NexusObserver) throws -> Void
    ) throws {
        let context = try CommandContext.current()
        let rules = try context.update(readMostly: readMostly) { model, observer in
            try change(&model, context, observer)
            return model.workHourRules
        }
        if json {
            var out = JSONText()
            out.beginArray()
            for rule in rules { rule.write(to: &out) }
            out.endArray()
            print(out.text)
        } else {
            if rules.isEmpty { EmptyListing.report("no work hours") }
            for rule in rules { print(rule.text) }
        }
    }

    /// `ouro hours [list]`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the work-hour rules.")

        @Flag(help: "Print one JSON array on one line.")
        var json = false

        func run() throws { try Hours.change(json: json, readMostly: true) { _, _, _ in } }
    }

    /// `ouro hours set DAYS RANGE`.
    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Replace every rule with this one (ouro hours set mon-fri 09:00-17:00).")

        @OptionGroup var rule: RuleArguments

        func run() throws { try rule.save(replacing: true) }
    }

    /// `ouro hours add DAYS RANGE`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a rule (ouro hours add sat 10:00-12:00).")

        @OptionGroup var rule: RuleArguments

        func run() throws { try rule.save(replacing: false) }
    }

    /// `ouro hours clear`.
    struct Clear: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "clear",
            abstract: "Remove every rule (a session from them under way ends now).")

        func run() throws {
            try Hours.change { model, context, observer in
                try model.replaceWorkHourRules(with: [], at: context.now, observer: observer)
            }
        }
    }

    /// A rule's days and daily span, as `set` and `add` take them.
    struct RuleArguments: ParsableArguments {
        @Argument(
            help: ArgumentHelp(
                "mon-fri, mon,wed,fri, weekdays, weekends or daily.", valueName: "days"),
            transform: { try WorkDays(parsing: $0) })
        var days: WorkDays

        @Argument(
            help: ArgumentHelp(
                "A 24-hour span, 09:00-17:00 (22:00-02:00 runs overnight).", valueName: "range"),
            transform: { try TimeRange(parsing: $0) })
        var range: TimeRange

        /// Adds the rule (in place of every other one when `replacing`), rebuilding the
        /// sessions that have not ended, and lists the rules.
        func save(replacing: Bool) throws {
            try Hours.change { model, context, observer in
                let rule = WorkHourRuleDraft(
                    weekdays: days.days, start: range.start, end: range.end, zone: context.zone)
                let kept = replacing ? [] : model.workHourRules.map(WorkHourRuleDraft.init)
                try model.replaceWorkHourRules(
                    with: kept + [rule], at: context.now, observer: observer)
            }
        }
    }
}
