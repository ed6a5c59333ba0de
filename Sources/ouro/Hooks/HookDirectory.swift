import Glibc

/// The hooks directory, `$XDG_CONFIG_HOME/ouro/hooks` (else `~/.config/ouro/hooks`), and
/// the executables in it named after events.
struct HookDirectory: Sendable {
    /// The directory's path (it may not exist).
    var path: String

    /// The directory for `environment`, or nil when neither `XDG_CONFIG_HOME` (absolute) nor
    /// `HOME` is set.
    init?(_ environment: OuroEnvironment) {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            path = config + "/ouro/hooks"
        } else if let home = environment["HOME"] {
            path = home + "/.config/ouro/hooks"
        } else {
            return nil
        }
    }

    /// Whether the directory exists: one `stat`, so a user without hooks pays nothing more.
    var exists: Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The hook for the event `name`, if an executable file by that name is there.
    func hook(named name: String) -> String? {
        let candidate = path + "/" + name
        var info = stat()
        guard stat(candidate, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
            access(candidate, X_OK) == 0
        else { return nil }
        return candidate
    }
}
