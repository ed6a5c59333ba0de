#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The saved form of a ``PersistentScheduler``: a format version and the pending calls in the
/// order they run. In JSON: `{"version":1,"calls":[…]}`.
struct SavedSchedule: Encodable, DecodableWithConfiguration {
    /// The format version this build writes and reads.
    static var currentVersion: Int { 1 }

    private enum CodingKeys: String, CodingKey { case version, calls }

    /// The format version of the document.
    let version: Int
    /// The pending calls, in `(when, id)` order.
    let calls: [SavedCall]

    /// A schedule to save in the current format.
    init(calls: [SavedCall]) {
        version = Self.currentVersion
        self.calls = calls
    }

    /// Decodes a schedule, refusing other versions and codes `registry` does not know.
    init(from decoder: any Decoder, configuration registry: WorkRegistry) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        guard version == Self.currentVersion else {
            throw PersistenceError.unsupportedVersion(version)
        }
        var list = try container.nestedUnkeyedContainer(forKey: .calls)
        var calls: [SavedCall] = []
        while !list.isAtEnd {
            calls.append(try list.decode(SavedCall.self, configuration: registry))
        }
        self.calls = calls
    }

    /// Encodes the version and the calls.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encode(calls, forKey: .calls)
    }
}
