#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One pending call in a saved schedule: its time, its work's type code and data, and for
/// repeating work its rule's type code and data.
///
/// For repeating work ``time`` is the next reference: the occurrence the pending call waits
/// for, from which the rule counts the steps that fell due. In JSON:
/// `{"time":{…},"work":"code","data":{…},"rule":"weekly","ruleData":{…}}`, the last two only
/// for repeating work.
struct SavedCall: Encodable, DecodableWithConfiguration {
    enum CodingKeys: String, CodingKey { case time, work, data, rule, ruleData }

    /// When the call runs (or, for repeating work, the next reference).
    let time: SavedTime
    /// The work's data; its type names the code.
    let work: any PersistableWork
    /// The rule of repeating work; nil for a one-shot call.
    let rule: (any PersistableRule)?

    /// A call to save.
    init(time: SavedTime, work: any PersistableWork, rule: (any PersistableRule)?) {
        self.time = time
        self.work = work
        self.rule = rule
    }

    /// Decodes a call, looking its work and rule types up in `registry`.
    ///
    /// - Throws: ``PersistenceError`` naming a code the registry does not know.
    init(from decoder: any Decoder, configuration registry: WorkRegistry) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        time = try container.decode(SavedTime.self, forKey: .time)
        let code = try container.decode(String.self, forKey: .work)
        if let ruleCode = try container.decodeIfPresent(String.self, forKey: .rule) {
            work = try registry.repeating(code).decode(container)
            rule = try container.decode(registry.rule(ruleCode), forKey: .ruleData)
        } else {
            work = try registry.oneShot(code).decode(container)
            rule = nil
        }
    }

    /// Encodes the call with its type codes.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(time, forKey: .time)
        try container.encode(type(of: work).typeCode, forKey: .work)
        try container.encode(work, forKey: .data)
        if let rule {
            try container.encode(type(of: rule).typeCode, forKey: .rule)
            try container.encode(rule, forKey: .ruleData)
        }
    }
}
