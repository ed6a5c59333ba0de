/// A command-line value that does not parse, with the form it should have taken.
///
/// Its description is what swift-argument-parser appends after "The value 'x' is invalid
/// for '<name>'", so it says only what the right form looks like.
struct InputError: Error, Equatable, CustomStringConvertible {
    /// The text as the user typed it.
    var value: String
    /// How to write a valid value, e.g. `use a number with h, m or s, like 25m or 1h30m`.
    var expected: String

    var description: String { expected }
}
