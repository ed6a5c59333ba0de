/// Fixed-width little-endian packing for the arrays an intention row keeps in blobs.
///
/// An intention's estimates and pomodoro ids are read and written whole, never queried, so
/// a blob of 8-byte fields is the cheapest form to store and to read back.
struct PackedBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func append(_ value: UInt64) {
        var bits = value
        for _ in 0..<8 {
            bytes.append(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    mutating func append(_ value: Double) { append(value.bitPattern) }

    mutating func append(_ value: Int) { append(UInt64(bitPattern: Int64(value))) }

    /// The 8-byte fields of `bytes`, in order; a trailing partial field is ignored.
    static func fields(_ bytes: [UInt8]) -> [UInt64] {
        var fields: [UInt64] = []
        fields.reserveCapacity(bytes.count / 8)
        var offset = 0
        while offset + 8 <= bytes.count {
            var value: UInt64 = 0
            for index in (0..<8).reversed() { value = value << 8 | UInt64(bytes[offset + index]) }
            fields.append(value)
            offset += 8
        }
        return fields
    }
}
