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

    /// The hook for the event `name`, if an executable file by that name is there: runnable
    /// only when neither it nor a directory it is reached through could have been written by
    /// anyone but the user or root, as ssh treats its files.
    ///
    /// Checked: the hooks directory and the file (each owned by the user or root, and not
    /// writable by group or others), the real directory holding the file (for a symlink),
    /// and every directory above either up to `/`, where a sticky directory such as `/tmp`
    /// may be writable by all (no one else can rename what the user owns there). Costs a
    /// `stat` per path component, only in runs that have a hook to run.
    func hook(named name: String) -> HookFile? {
        let candidate = path + "/" + name
        var info = stat()
        guard stat(candidate, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
            access(candidate, X_OK) == 0
        else { return nil }
        if let flaw = Self.chainFlaw(path, strict: 1) ?? Self.chainFlaw(candidate, strict: 2) {
            return .refused("hook \(name) not run: " + flaw)
        }
        return .runnable(candidate)
    }

    /// What makes `path` or a directory above it unsafe, or nil when nothing does.
    ///
    /// The path is resolved first (symlinks, `..`); its first `strict` components counting
    /// from the end may not be writable by group or others even when sticky.
    private static func chainFlaw(_ path: String, strict: Int) -> String? {
        guard let resolved = realpath(path, nil) else {
            return "\(path) cannot be checked: " + String(cString: strerror(errno))
        }
        var current = String(cString: resolved)
        free(resolved)
        var level = 0
        while true {
            if let flaw = flaw(at: current, stickyAllowed: level >= strict) { return flaw }
            guard current != "/", let slash = current.lastIndex(of: "/") else { return nil }
            current = slash == current.startIndex ? "/" : String(current[..<slash])
            level += 1
        }
    }

    /// Why hooks may not be trusted through `path`: owned by someone other than the user or
    /// root, or writable by group or others (a sticky directory excepted when allowed).
    private static func flaw(at path: String, stickyAllowed: Bool) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return "\(path) cannot be checked: " + String(cString: strerror(errno))
        }
        if info.st_uid != geteuid(), info.st_uid != 0 {
            return "\(path) is owned by uid \(info.st_uid), not by you or root; "
                + "run hooks only from your own files"
        }
        let sticky = (info.st_mode & S_ISVTX) != 0
        if (info.st_mode & 0o022) != 0, !(stickyAllowed && sticky) {
            let mode = String(info.st_mode & 0o7777, radix: 8)
            return "\(path) is writable by group or others (mode \(mode)); "
                + "run chmod go-w \(path)"
        }
        return nil
    }
}
