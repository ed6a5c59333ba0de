/// A rectangle of cells on a frame.
struct Rect: Equatable, Sendable {
    var row: Int
    var column: Int
    var width: Int
    var height: Int

    var isEmpty: Bool { width <= 0 || height <= 0 }
}
