import ArgumentParser
import OuroStore
import Testing

@testable import ouro

/// A stand-in subcommand with the kinds of arguments real subcommands will take.
private struct Probe: ParsableCommand {
    @Option var estimate: DurationArgument?
    @Option var days: WorkDays?
    @Option(transform: DurationArgument.init(parsing:)) var length: DurationArgument?
    @Argument var count: Int?
}

@Suite struct ErrorReportTests {
    @Test func exitStatusesAreTheSpecsTable() {
        #expect(
            [
                ExitStatus.success, .onBreak, .alreadyRunning, .intentionClosed, .usage, .notFound,
                .storeUnavailable,
            ]
            .map(\.rawValue) == [0, 10, 11, 12, 64, 65, 74])
    }

    @Test func ouroErrorsKeepTheirStatusAndGainThePrefix() {
        let report = ErrorReport(
            OuroError(
                status: .notFound, message: "no intention 7: list them with 'ouro intentions'"))
        #expect(
            report
                == ErrorReport(
                    line: "ouro: no intention 7: list them with 'ouro intentions'", status: 65))
    }

    @Test func inputErrorsAreUsageErrors() {
        let report = ErrorReport(InputError(value: "1x", expected: "use 25m"))
        #expect(report.line == "ouro: '1x' is not valid: use 25m")
        #expect(report.status == 64)
    }

    @Test func storeErrorsExit74NamingTheFileAndCause() {
        let corrupt = DatabaseError(
            .sqlite(code: 26), message: "file is not a database", path: "/h/ouro.sqlite3")
        let report = ErrorReport(corrupt)
        #expect(report.status == 74)
        #expect(
            report.line
                == "ouro: cannot use the data store /h/ouro.sqlite3: file is not a database "
                + "(move the file aside to start afresh, or restore a .backup-v* copy)")
        let newer = DatabaseError(
            .newerSchema(found: 3, known: 1), message: "upgrade ouro", path: "/h/x")
        #expect(ErrorReport(newer).line == "ouro: cannot use the data store /h/x: upgrade ouro")
        #expect(ErrorReport(newer).status == 74)
    }

    @Test func anExitCodeEndsSilentlyWithItsStatus() {
        #expect(ErrorReport(ExitCode(10)) == ErrorReport(line: nil, status: 10))
    }

    @Test(arguments: [
        ["--estimate", "1x"], ["--days", "funday"], ["--bogus"], ["1", "2"], ["--estimate"],
        ["seven"],
    ])
    func parserErrorsAreOneUsageLine(arguments: [String]) throws {
        let error = try #require(throws: (any Error).self) { try Probe.parse(arguments) }
        let report = ErrorReport(error, command: Probe.self)
        #expect(report.status == 64)
        let line = try #require(report.line)
        #expect(line.hasPrefix("ouro: "))
        #expect(!line.contains("\n"))
        #expect(line.hasSuffix("(see 'ouro --help')"))
    }

    @Test func aBadValueIsNamedInTheLine() throws {
        let error = try #require(throws: (any Error).self) {
            try Probe.parse(["--estimate", "1x"])
        }
        #expect(
            ErrorReport(error, command: Probe.self).line
                == "ouro: the value '1x' is invalid for '--estimate <estimate>' (see 'ouro --help')"
        )
    }

    /// `--version` arrives as an error whose code is success; `main` must let the parser
    /// print it rather than report it.
    @Test func versionIsNotAFailure() throws {
        let error = try #require(throws: (any Error).self) { try Ouro.parseAsRoot(["--version"]) }
        #expect(Ouro.exitCode(for: error) == .success)
    }

    @Test func aTransformingOptionAlsoSaysHowToFixTheValue() throws {
        let error = try #require(throws: (any Error).self) { try Probe.parse(["--length", "0m"]) }
        #expect(
            ErrorReport(error, command: Probe.self)
                == ErrorReport(
                    line: "ouro: the value '0m' is invalid for '--length <length>': "
                        + "a duration must be longer than zero (see 'ouro --help')", status: 64))
        let parsed = try Probe.parse(["--length", "1h30m"])
        #expect(parsed.length?.seconds == 5_400)
    }

    @Test func multiLineMessagesAreJoined() {
        #expect(
            ErrorReport.oneLine("Missing expected argument '<id>'\nHelp:  <id>  The intention.\n")
                == "missing expected argument '<id>'; Help:  <id>  The intention.")
        #expect(ErrorReport.oneLine("ID 3 is gone") == "ID 3 is gone")
    }
}
