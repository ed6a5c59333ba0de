/// Reads what ``BinaryWriter`` wrote, failing with a typed error on truncated or bad input.
struct BinaryReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

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
            let next = try byte()
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
        var bits: UInt64 = 0
        for index in (0..<8).reversed() { bits = bits << 8 | UInt64(bytes[offset + index]) }
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
        guard count >= 0, offset + count <= bytes.count else {
            throw .corruptSnapshot("bad string length at byte \(offset)")
        }
        defer { offset += count }
        return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
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
