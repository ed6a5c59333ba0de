/// The punctuation human-readable output joins its parts with: `·` and `–` when the locale
/// encodes text as UTF-8, plain ASCII otherwise (`LANG=C`, `POSIX`, a Latin-1 locale), so a
/// terminal that cannot show UTF-8 never gets it from ouro's own text.
///
/// The locale is read as the C library reads it (`LC_ALL`, else `LC_CTYPE`, else `LANG`;
/// unset means `C`) and only its codeset matters, as for the HUD's glyphs. Reading the
/// variables instead of calling `setlocale` keeps `ouro status` cheap for status bars.
struct Punctuation: Hashable, Sendable {
    /// Between the items of a line: ` · ` or ` - `.
    var separator: String
    /// Between the two ends of a time range: `–` or `-`.
    var rangeDash: String

    /// For a UTF-8 locale.
    static let unicode = Punctuation(separator: " · ", rangeDash: "–")
    /// For any other locale.
    static let ascii = Punctuation(separator: " - ", rangeDash: "-")

    private init(separator: String, rangeDash: String) {
        self.separator = separator
        self.rangeDash = rangeDash
    }

    /// The punctuation for the locale `environment` names.
    init(_ environment: OuroEnvironment) {
        let locale = environment["LC_ALL"] ?? environment["LC_CTYPE"] ?? environment["LANG"]
        self = Self.isUTF8(locale: locale ?? "C") ? .unicode : .ascii
    }

    /// Whether a locale name (`en_US.UTF-8`, `C.utf8`, `de_DE.UTF-8@euro`) has the UTF-8
    /// codeset; a name without a codeset (`C`, `POSIX`, `en_US`) does not.
    static func isUTF8(locale: String) -> Bool {
        guard let dot = locale.firstIndex(of: ".") else { return false }
        let codeset = locale[locale.index(after: dot)...].prefix { $0 != "@" }
        return codeset.lowercased().filter { $0 != "-" && $0 != "_" } == "utf8"
    }
}
