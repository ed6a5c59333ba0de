import ArgumentParser

/// A command-line value with a parser that explains its refusals.
///
/// Declaring an option as `@Option(transform: DurationArgument.init(parsing:))` makes
/// swift-argument-parser append the explanation to its "The value 'x' is invalid for …"
/// line; plain `@Option var estimate: DurationArgument` works too, with the shorter line.
/// Either way a bad value exits 64.
protocol ParsedArgument: ExpressibleByArgument {
    /// Parses `text`, or says what the value should look like.
    init(parsing text: String) throws(InputError)
}

extension ParsedArgument {
    init?(argument: String) {
        guard let value = try? Self(parsing: argument) else { return nil }
        self = value
    }
}
