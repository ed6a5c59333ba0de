#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Zone {
    /// The user's zone: `$TZ` if it names a zone, else the zone `/etc/localtime` links to,
    /// else UTC.
    ///
    /// The caller reads the environment and passes `TZ`'s value (nil when unset), so this
    /// stays testable. A leading `:` and a leading database path are stripped
    /// (`:Europe/Berlin`, `/usr/share/zoneinfo/Europe/Berlin`). An empty or unknown value
    /// (a POSIX rule like `EST5EDT,M3.2.0,M11.1.0` that is not a file) falls through to
    /// `/etc/localtime`, never to an error: a bad `TZ` must not stop the program.
    public static func local(tz: String?) -> Zone {
        if let tz, let zone = named(tz) { return zone }
        if let target = symbolicLinkTarget("/etc/localtime"), let zone = named(target) {
            return zone
        }
        return .utc
    }

    /// The user's zone from the process's own `TZ`, as ``local(tz:)`` resolves it.
    ///
    /// `TZ` is read under the same lock conversions take, so a conversion that has `TZ`
    /// swapped on another thread is never seen.
    public static func local() -> Zone {
        local(tz: CLibraryZones.environmentTZ())
    }

    /// The zone a `TZ` value or a link target names (`Europe/Berlin`, `:Europe/Berlin`,
    /// `/usr/share/zoneinfo/Europe/Berlin`), or nil for an empty value, an unknown name or a
    /// POSIX rule such as `JST-9`, which names no zone file.
    ///
    /// Lets a program refuse a `TZ` that ``local(tz:)`` would pass over.
    public static func named(_ value: String) -> Zone? {
        var name = Substring(value)
        if name.hasPrefix(":") { name = name.dropFirst() }
        if let rest = afterDatabaseDirectory(name) { name = rest }
        guard Zone.isKnown(String(name)) else { return nil }
        return Zone(validated: String(name))
    }

    /// The part of `name` after its first `zoneinfo/`, or nil when there is none.
    ///
    /// Searched byte by byte on purpose: `firstRange(of:)` comes from `_StringProcessing`,
    /// and this one call linked that library and the regex parser (1.3 MB) into `ouro`.
    private static func afterDatabaseDirectory(_ name: Substring) -> Substring? {
        let marker = Array("zoneinfo/".utf8)
        let bytes = Array(name.utf8)
        guard bytes.count >= marker.count else { return nil }
        for start in 0...(bytes.count - marker.count)
        where bytes[start..<start + marker.count].elementsEqual(marker) {
            let index = name.utf8.index(name.utf8.startIndex, offsetBy: start + marker.count)
            return name[index...]
        }
        return nil
    }

    /// Where the symbolic link at `path` points, or nil when it is not one.
    private static func symbolicLinkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink(path, &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
