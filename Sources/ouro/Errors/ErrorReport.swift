import ArgumentParser
import OuroCore
import OuroStore

/// The one place that turns any error into the line on stderr and the exit status.
///
/// Every line begins `ouro: ` and fits on one line, so scripts can log it and people can
/// read it; swift-argument-parser's own usage errors are folded into the same shape and,
/// like every bad input, exit 64.
struct ErrorReport: Equatable {
    /// The line for stderr (without a newline), or nil when nothing should be printed.
    var line: String?
    /// The process's exit status.
    var status: Int32

    /// The report for `error`, thrown while parsing or running `command`.
    init(_ error: any Error, command: any ParsableCommand.Type = Ouro.self) {
        switch error {
        case let error as OuroError:
            self.init(message: error.message, status: error.status.rawValue)
        case let error as InputError:
            self.init(
                message: "'\(error.value)' is not valid: \(error.expected)",
                status: ExitStatus.usage.rawValue)
        case let error as NexusError:
            let (status, hint) = ErrorReport.explain(error)
            self.init(message: error.description + hint, status: status.rawValue)
        case let error as DatabaseError:
            self.init(
                message: "cannot use the data store \(error.path): \(error.message)"
                    + ErrorReport.hint(for: error),
                status: ExitStatus.storeUnavailable.rawValue)
        case let error as ExitCode:
            self.init(line: nil, status: error.rawValue)
        default:
            let code = command.exitCode(for: error).rawValue
            let message = command.message(for: error)
            // Anything the parser rejects is bad usage; its own code for that is already 64,
            // and unknown errors keep the parser's code rather than posing as usage.
            let usage = code == ExitStatus.usage.rawValue
            self.init(
                message: message.isEmpty
                    ? nil
                    : ErrorReport.oneLine(message)
                        + (usage ? " (see 'ouro --help')" : ""),
                status: code)
        }
    }

    private init(message: String?, status: Int32) {
        self.init(line: message.map { "ouro: " + ErrorReport.escaped($0) }, status: status)
    }

    init(line: String?, status: Int32) {
        self.line = line
        self.status = status
    }

    /// The exit status for a model refusal, and how to go on from it.
    static func explain(_ error: NexusError) -> (ExitStatus, String) {
        switch error {
        case .noSuchIntention, .noOpenIntention:
            return (.notFound, " (see 'ouro intentions --all')")
        case .noSuchPomodoro:
            return (.notFound, " (see 'ouro log')")
        case .intentionCompleted, .intentionAbandoned:
            return (.intentionClosed, "; start another with 'ouro start TITLE'")
        case .achievedOnAbandoned:
            return (.intentionClosed, "")
        case .achievedNotOnLastPomodoro, .invalidDuration, .unknownZone, .noWeekdays,
            .sessionTooLong, .workHoursTooLong, .sessionOverlaps, .sessionOverlapsWorkHours,
            .sessionAlreadyEnded:
            return (.usage, "")
        case .missingRecord, .corruptSnapshot:
            return (.storeUnavailable, "")
        }
    }

    /// How to recover from a store failure, for the causes people can fix themselves.
    private static func hint(for error: DatabaseError) -> String {
        switch error.kind {
        case .newerSchema:
            return ""
        case .system:
            return " (check the directory's permissions, or set OURO_HOME to another directory)"
        case .sqlite:
            switch error.sqliteCode {
            case 11, 26:  // SQLITE_CORRUPT, SQLITE_NOTADB
                return " (move the file aside to start afresh, or restore a .backup-v* copy)"
            case 8, 14:  // SQLITE_READONLY, SQLITE_CANTOPEN
                return " (check the file's and directory's permissions)"
            default:
                return ""
            }
        }
    }

    /// `message` with every line break and control character written as an escape (`\n`,
    /// `\r`, `\t`, `\u{1B}` …), so the report is exactly one line whatever a value it
    /// echoes holds (a newline in `OURO_NOW`, SQLite's multi-line schema errors) and never
    /// drives the terminal.
    ///
    /// - Complexity: O(message length).
    static func escaped(_ message: String) -> String {
        guard message.unicodeScalars.contains(where: isEscaped) else { return message }
        var line = ""
        for scalar in message.unicodeScalars {
            switch scalar {
            case "\n": line += "\\n"
            case "\r": line += "\\r"
            case "\t": line += "\\t"
            case _ where isEscaped(scalar):
                line += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: line.unicodeScalars.append(scalar)
            }
        }
        return line
    }

    /// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
    private static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
            || scalar.value == 0x2029
    }

    /// `message` on one line, with its first letter in lower case to follow `ouro: `.
    static func oneLine(_ message: String) -> String {
        let words = message.split(whereSeparator: \.isNewline)
            .map { $0.drop(while: \.isWhitespace) }
            .filter { !$0.isEmpty }
            .joined(separator: "; ")
        // "The value" reads better as "the value"; "ID" or "OURO_NOW" must stay as they are.
        let start = words.prefix(2)
        guard start.count == 2, let first = start.first, first.isUppercase,
            start.last!.isLowercase
        else { return words }
        return first.lowercased() + words.dropFirst()
    }
}
