import Foundation
import Testing

/// Every malformed day, time, duration, date and `OURO_NOW` exits 64 with one line naming
/// the bad value, and leaves the store as it was.
@Suite struct BadInputTests {
    /// A bad input: the arguments, an `OURO_NOW` (nil: a valid one) and the value the
    /// message must name.
    struct Case: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var now: String?
        var named: String

        var testDescription: String { (arguments + [now ?? ""]).joined(separator: " ") }
    }

    /// The table the issue asks to keep (the lead's closing note prints it).
    static let table: [Case] = [
        // Days
        Case(arguments: ["hours", "set", "mon-fry", "09:00-17:00"], named: "mon-fry"),
        Case(arguments: ["hours", "add", "funday", "10:00-12:00"], named: "funday"),
        Case(arguments: ["hours", "add", "mon,,fri", "10:00-12:00"], named: "mon,,fri"),
        Case(arguments: ["--work-days", "xyz"], named: "xyz"),
        // Times and time ranges
        Case(arguments: ["hours", "set", "mon", "9-17"], named: "9-17"),
        Case(arguments: ["hours", "add", "sat", "25:00-26:00"], named: "25:00-26:00"),
        Case(arguments: ["hours", "add", "sat", "10:00-10:00"], named: "10:00-10:00"),
        Case(arguments: ["--work-hours", "09:00-09:00"], named: "09:00-09:00"),
        Case(arguments: ["--work-hours", "9am-5pm"], named: "9am-5pm"),
        Case(arguments: ["session", "add", "--from", "14:60", "--to", "16:00"], named: "14:60"),
        Case(arguments: ["session", "add", "--from", "14:00", "--to", "4pm"], named: "4pm"),
        // Durations
        Case(arguments: ["intend", "X", "--estimate", "25"], named: "25"),
        Case(arguments: ["intend", "X", "--estimate", "10001h"], named: "10001h"),
        Case(arguments: ["estimate", "1", "1h1h"], named: "1h1h"),
        Case(arguments: ["estimate", "1", "0m"], named: "0m"),
        Case(arguments: ["estimate", "1", "30m1h"], named: "30m1h"),
        // Dates
        Case(arguments: ["log", "--since", "2024-13-01"], named: "2024-13-01"),
        Case(arguments: ["log", "--until", "2023-02-29"], named: "2023-02-29"),
        Case(arguments: ["score", "--date", "tomorrow"], named: "tomorrow"),
        Case(arguments: ["score", "--date", "2024-5-8"], named: "2024-5-8"),
        // Streak rules and evaluation results
        Case(arguments: ["--streak", "5/5,0/5"], named: "5/5,0/5"),
        Case(arguments: ["evaluate", "great"], named: "great"),
        // OURO_NOW
        Case(arguments: ["status"], now: "soon", named: "soon"),
        Case(
            arguments: ["status", "--json"], now: "2024-05-08T11:00:00",
            named: "2024-05-08T11:00:00"),
        Case(arguments: ["intend", "X"], now: "1100.", named: "1100."),
        Case(
            arguments: ["start", "X"], now: "2024-02-30T00:00:00Z", named: "2024-02-30T00:00:00Z"),
    ]

    @Test(arguments: table)
    func exits64NamingTheValueAndWritesNothing(_ input: Case) throws {
        let home = OuroHome()
        try home.run(["intend", "Existing"], at: 1_000)
        let before = home.databaseBytes
        let result = try OuroProcess.run(
            input.arguments,
            environment: ["OURO_HOME": home.path, "OURO_NOW": input.now ?? "1100"])
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("ouro: "))
        #expect(result.stderr.contains("'\(input.named)'"))
        #expect(result.stderr.hasSuffix("\n"))
        #expect(!result.stderr.dropLast().contains("\n"))
        #expect(home.databaseBytes == before)
    }
}
