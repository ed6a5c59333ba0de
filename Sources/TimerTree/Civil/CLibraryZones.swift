import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one door to the C library's zone rules, which it reads from the process-global `TZ`.
///
/// Every use sets `TZ`, calls `tzset()`, reads with `localtime_r` and puts the caller's `TZ`
/// back, all under one process-wide lock, so concurrent conversions in different zones never
/// see each other's `TZ`. glibc's `tzset()` reparses a zone file only when `TZ` differs from
/// the value it parsed last, so repeated conversions in one zone cost a `setenv` and a string
/// compare. The previous `TZ` is restored in the environment without a second `tzset()`
/// (which would reparse a file on every call): code outside this type that calls
/// `localtime_r` directly must call `tzset()` first, as `localtime` and `mktime` do.
enum CLibraryZones {
    /// Guards `TZ` and the C library's parsed rules; holds nothing else.
    private static let lock = Mutex(())

    /// Runs `body` with the rules of `zone` in force; `body` gets a function from a whole
    /// number of seconds since the epoch to the zone's offset east of UTC at that instant.
    static func withRules<Result: Sendable>(
        of zone: Zone, _ body: (_ offsetAt: (Int) -> Int) -> Result
    ) -> Result {
        lock.withLock { _ in
            let previous = getenv("TZ").map { String(cString: $0) }
            setenv("TZ", ":" + zone.identifier, 1)
            tzset()
            defer {
                if let previous { setenv("TZ", previous, 1) } else { unsetenv("TZ") }
            }
            return body { seconds in
                var time = time_t(seconds)
                var fields = tm()
                guard localtime_r(&time, &fields) != nil else { return 0 }
                return Int(fields.tm_gmtoff)
            }
        }
    }

    /// The value of `TZ` (nil when unset), read under the lock so a conversion's temporary
    /// value is never seen.
    static func environmentTZ() -> String? {
        lock.withLock { _ in getenv("TZ").map { String(cString: $0) } }
    }
}
