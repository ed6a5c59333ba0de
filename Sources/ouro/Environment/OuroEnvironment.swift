import Glibc
import OuroStore
import TimerTree

/// What `ouro` reads from its environment, read once at start-up.
///
/// Commands take this value instead of calling `getenv`, so tests can pass any environment
/// without touching the process's own.
struct OuroEnvironment: Sendable {
    /// The variables ouro looks at, as (name, value) pairs.
    ///
    /// Pairs rather than a dictionary: six names are searched as fast, and `ouro status`
    /// avoids instantiating a dictionary type at start-up (a conformance-table scan).
    var variables: [(name: String, value: String)]
    /// The home directory from the password database, looked up only when `HOME` is unset
    /// (the lookup goes through NSS, which costs more than the rest of start-up).
    var passwordHome: @Sendable () -> String?

    /// The variables ouro reads, taken from the process.
    static let names = [
        "OURO_HOME", "OURO_NOW", "XDG_DATA_HOME", "HOME", "NO_COLOR", "TZ", "XDG_CONFIG_HOME",
        "OURO_HOOK_TIMEOUT", "OURO_NOTIFY", "PATH", "LC_ALL", "LC_CTYPE", "LANG",
    ]

    /// The environment of this process.
    static func current() -> OuroEnvironment {
        var variables: [(name: String, value: String)] = []
        for name in names {
            if let value = getenv(name) { variables.append((name, String(cString: value))) }
        }
        return OuroEnvironment(pairs: variables) {
            getpwuid(getuid()).flatMap { $0.pointee.pw_dir }.map { String(cString: $0) }
        }
    }

    init(variables: [String: String], passwordHome: @escaping @Sendable () -> String? = { nil }) {
        self.init(pairs: variables.map { ($0.key, $0.value) }, passwordHome: passwordHome)
    }

    private init(
        pairs: [(name: String, value: String)], passwordHome: @escaping @Sendable () -> String?
    ) {
        variables = pairs
        self.passwordHome = passwordHome
    }

    /// The variable `name`, treating an empty value as unset (as the XDG spec and NO_COLOR do).
    subscript(name: String) -> String? {
        guard let value = raw(name), !value.isEmpty else { return nil }
        return value
    }

    /// The data directory: `OURO_HOME`, else `$XDG_DATA_HOME/ouro`, else
    /// `~/.local/share/ouro`.
    ///
    /// A relative `XDG_DATA_HOME` is ignored, as the XDG Base Directory spec requires.
    func dataDirectory() throws(OuroError) -> String {
        if let home = self["OURO_HOME"] { return home }
        if let data = self["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/ouro" }
        guard let home = self["HOME"] ?? passwordHome() else {
            throw OuroError(
                status: .storeUnavailable,
                message: "cannot find the data directory: set OURO_HOME or HOME")
        }
        return home + "/.local/share/ouro"
    }

    /// The database file: `<data directory>/ouro.sqlite3`.
    func databasePath() throws(OuroError) -> String {
        Store.path(inDirectory: try dataDirectory())
    }

    /// Whether output may use colour: not when `NO_COLOR` is set to anything non-empty.
    var usesColor: Bool { self["NO_COLOR"] == nil }

    /// The `TZ` value to hand on to hooks; the C library reads `TZ` itself for local time.
    var timeZone: String? { raw("TZ") }

    /// The variable `name` exactly as set (empty included).
    private func raw(_ name: String) -> String? {
        variables.first { $0.name == name }?.value
    }

    /// Now, in seconds since the Unix epoch: `OURO_NOW` when set (and not empty), else the
    /// system clock.
    ///
    /// - Throws: `OuroError` (exit 64) naming the value when `OURO_NOW` does not parse or
    ///   lies outside the years 1970–2200.
    func now() throws(OuroError) -> Double {
        guard let text = self["OURO_NOW"] else { return EpochSeconds.seconds() }
        guard let instant = InstantText.parse(text), InstantText.pretendRange.contains(instant)
        else {
            throw .badEnvironment(
                "OURO_NOW", text,
                "use epoch seconds (1715191200 or 1100.5) or ISO 8601 with an offset "
                    + "(2024-05-08T11:00:00-07:00 or 2024-05-08T18:00:00Z), in the years "
                    + "1970 to 2200")
        }
        return instant
    }
}
