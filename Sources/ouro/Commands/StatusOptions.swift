/// What `ouro status` was asked to print.
struct StatusOptions: Hashable, Sendable {
    /// `--json`: the spec's one-line object.
    var json = false
    /// `--format`: a template, or a ready bar format (`tmux`, `waybar`, `i3bar`).
    var format: String?

    /// Reads `status`'s arguments by hand, so the status bar's every-second call never
    /// touches swift-argument-parser (whose dynamic casts cost more than the rest of the run).
    ///
    /// - Parameter arguments: the process's arguments without the program name.
    /// - Returns: nil unless they are exactly `status` with `--json`, `--format F` or
    ///   `--format=F`; the parser then handles them, `--help` and mistakes included.
    static func fastPath(_ arguments: ArraySlice<String>) -> StatusOptions? {
        guard arguments.first == "status" else { return nil }
        var options = StatusOptions()
        var rest = arguments.dropFirst()
        while let argument = rest.popFirst() {
            if argument == "--json" {
                options.json = true
            } else if argument == "--format", let value = rest.popFirst(), options.format == nil {
                options.format = value
            } else if argument.hasPrefix("--format="), options.format == nil {
                options.format = String(argument.dropFirst("--format=".count))
            } else {
                return nil
            }
        }
        return options
    }

    /// Runs the status command in `context` and returns the text to print.
    func output(in context: CommandContext) throws -> String {
        var template: StatusTemplate?
        let bar = format.flatMap(StatusReport.BarFormat.init(rawValue:))
        if let format, bar == nil { template = try StatusTemplate(parsing: format) }
        let today = context.today
        let report = try context.update(scope: .init(since: today.start), readMostly: true) {
            model, _ in
            StatusReport(model: model, now: model.now ?? context.now, today: today)
        }
        if let bar {
            return report.bar(
                bar, zone: context.zone, color: context.environment.usesColor,
                punctuation: Punctuation(context.environment))
        }
        if let template { return template.render(report, zone: context.zone) }
        return json
            ? report.json
            : report.line(zone: context.zone, punctuation: Punctuation(context.environment))
    }
}
