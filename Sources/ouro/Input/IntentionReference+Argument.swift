import OuroCore

extension IntentionReference {
    /// The intention a command-line argument names (digits alone are an id, anything else a
    /// title), refusing what names none: a blank title or an id too large to be one.
    ///
    /// - Throws: ``OuroError`` (exit 64) for a blank title, ``InputError`` for an id out of
    ///   range.
    static func argument(_ text: String, command: String) throws -> IntentionReference {
        let reference = IntentionReference(text)
        guard case .title(let title) = reference else { return reference }
        if title.allSatisfy(\.isWhitespace) {
            throw OuroError.usage(
                "name an intention by id or title, like 'ouro \(command) \"Write report\"'")
        }
        if title.allSatisfy({ $0.isASCII && $0.isNumber }) {
            throw InputError(value: text, expected: "an intention id is a small whole number")
        }
        return reference
    }
}
