/// Reads what ``BinaryWriter`` wrote, failing with a typed error on truncated or bad input.
///
/// Reads through a raw buffer that lives only for the duration of one decode call
/// (``NexusSnapshot/init(encoded:)``) and must not outlive it; no per-byte array bounds
/// checks or reference counting, but every read is checked against the end of the buffer.
struct BinaryReader {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func byte() throws(NexusError) -> UInt8 {
        guard offset < bytes.count else { throw .corruptSnapshot("truncated at byte \(offset)") }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func int() throws(NexusError) -> Int {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count else {
                throw .corruptSnapshot("truncated at byte \(offset)")
            }
            let next = bytes[offset]
            offset += 1
            guard shift < 64 else { throw .corruptSnapshot("integer too long at byte \(offset)") }
            result |= UInt64(next & 0x7f) << shift
            if next < 0x80 { break }
            shift += 7
        }
        let signed = Int64(bitPattern: result >> 1) ^ -Int64(bitPattern: result & 1)
        return Int(signed)
    }

    mutating func double() throws(NexusError) -> Double {
        guard offset + 8 <= bytes.count else {
            throw .corruptSnapshot("truncated at byte \(offset)")
        }
        let bits = UInt64(
            littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        offset += 8
        return Double(bitPattern: bits)
    }

    mutating func bool() throws(NexusError) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw .corruptSnapshot("bad flag at byte \(offset - 1)")
        }
    }

    mutating func string() throws(NexusError) -> String {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else {
            throw .corruptSnapshot("bad string length at byte \(offset)")
        }
        defer { offset += count }
        return String(
            decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]),
            as: UTF8.self)
    }

    mutating func optionalInt() throws(NexusError) -> Int? { try bool() ? try int() : nil }

    mutating func optionalDouble() throws(NexusError) -> Double? {
        try bool() ? try double() : nil
    }

    mutating func count() throws(NexusError) -> Int {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else {
            throw .corruptSnapshot("bad count \(count) at byte \(offset)")
        }
        return count
    }
}
