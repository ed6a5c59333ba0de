/// A failure a command reports to the user: one sentence and the exit status it means.
///
/// Messages name what was wrong and how to fix it; ``ErrorReport`` adds the `ouro: ` prefix.
struct OuroError: Error, Equatable, CustomStringConvertible {
    /// The exit status this failure ends the process with.
    var status: ExitStatus
    /// What went wrong and how to fix it, without the `ouro: ` prefix.
    var message: String

    var description: String { message }

    /// Bad usage or input: exit 64.
    static func usage(_ message: String) -> OuroError {
        OuroError(status: .usage, message: message)
    }

    /// An environment variable holds a value ouro cannot use: exit 64.
    static func badEnvironment(_ name: String, _ value: String, _ expected: String) -> OuroError {
        usage("\(name)='\(value)' is not valid: \(expected)")
    }
}
