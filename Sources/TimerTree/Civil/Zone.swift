#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An IANA time zone (`America/Los_Angeles`, `Europe/Berlin`, `UTC`), read from the system
/// tz database through the C library.
///
/// A zone is only its name: the rules are looked up when a conversion runs, so a value saved
/// today follows the tz database the system has tomorrow. It encodes as that name.
/// Conversions live in `Zone+Conversion.swift`; they share one process-wide lock because the
/// C library reads the zone from the process-global `TZ` variable.
public struct Zone: Hashable, Sendable {
    /// The IANA name, exactly as given (`America/Los_Angeles`).
    public let identifier: String

    /// Coordinated Universal Time: offset 0, no C library needed to convert.
    public static let utc = Zone(validated: "UTC")

    /// Where the system tz database lives.
    public static let databasePath = "/usr/share/zoneinfo"

    /// The zone named `identifier`.
    ///
    /// - Throws: ``ZoneError/unknownIdentifier(_:)`` unless the name is `UTC` or a compiled
    ///   zone file under ``databasePath``. Absolute paths, `..` and other characters than
    ///   letters, digits, `/`, `_`, `-` and `+` are refused before the disk is touched.
    public init(identifier: String) throws(ZoneError) {
        guard Zone.isKnown(identifier) else { throw .unknownIdentifier(identifier) }
        self.identifier = identifier
    }

    /// A zone whose name is already known to be good.
    init(validated identifier: String) {
        self.identifier = identifier
    }

    /// Whether the zone never changes offset and is UTC, so conversions skip the C library.
    var isUTC: Bool { identifier == "UTC" }

    /// Whether `identifier` names a zone: `UTC`, or a file under the database that starts with
    /// the `TZif` magic (so `zone.tab` and directories are refused).
    static func isKnown(_ identifier: String) -> Bool {
        if identifier == "UTC" { return true }
        let components = identifier.split(separator: "/", omittingEmptySubsequences: false)
        guard !identifier.isEmpty, identifier.utf8.count < 256,
            components.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }),
            identifier.unicodeScalars.allSatisfy({ scalar in
                scalar.isASCII
                    && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                        || "/_-+".unicodeScalars.contains(scalar))
            })
        else { return false }
        guard let file = fopen("\(databasePath)/\(identifier)", "rb") else { return false }
        defer { fclose(file) }
        var magic = [UInt8](repeating: 0, count: 4)
        let count = magic.withUnsafeMutableBytes { fread($0.baseAddress, 1, 4, file) }
        return count == 4 && magic == Array("TZif".utf8)
    }
}
