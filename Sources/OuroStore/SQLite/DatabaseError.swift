/// Why the data store could not be read or written, naming the file involved.
///
/// The command line maps every `DatabaseError` to exit code 74, so the message must be
/// enough on its own for a user to find the file and fix the cause.
public struct DatabaseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of failure happened.
    public enum Kind: Equatable, Sendable {
        /// SQLite returned this (extended) result code.
        case sqlite(code: Int32)
        /// A file-system call failed with this `errno`.
        case system(errno: Int32)
        /// The database was written by a newer ouro: its schema `found` is beyond the `known`.
        case newerSchema(found: Int, known: Int)
    }

    /// What kind of failure happened.
    public var kind: Kind
    /// The cause in words, e.g. `file is not a database`.
    public var message: String
    /// The file or directory the failure concerns.
    public var path: String

    /// A failure of `kind` at `path`, explained by `message`.
    public init(_ kind: Kind, message: String, path: String) {
        self.kind = kind
        self.message = message
        self.path = path
    }

    /// The refusal of a database written by a newer ouro: its schema `found` is beyond the
    /// `known` last migration.
    public static func newerSchema(found: Int, known: Int, path: String) -> DatabaseError {
        DatabaseError(
            .newerSchema(found: found, known: known),
            message:
                "the database has schema version \(found) but this ouro knows only up to "
                + "\(known); upgrade ouro", path: path)
    }

    /// The primary SQLite result code (the extended code's low byte), or nil when the failure
    /// did not come from SQLite.
    public var sqliteCode: Int32? {
        if case .sqlite(let code) = kind { return code & 0xFF }
        return nil
    }

    /// `<path>: <message>`, the form the command line prints after `ouro: `.
    public var description: String { "\(path): \(message)" }
}
