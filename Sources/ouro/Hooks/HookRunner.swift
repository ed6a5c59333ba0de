@preconcurrency import Glibc
import TimerTree

/// Runs one executable with an argv and an envp through `posix_spawn` — never through a
/// shell, so nothing in an intention's title is ever interpreted — and waits for it, up to
/// a timeout.
///
/// The child gets `/dev/null` as stdin and ouro's stderr as both stdout and stderr (a
/// status bar reads ouro's stdout, which a hook must not pollute). It leads its own process
/// group, so a hook that hangs is killed together with whatever it started.
struct HookRunner: Sendable {
    /// How long a hook may run, in seconds, before it is killed.
    var timeout: Double

    /// Runs `path` with `arguments` (argv[0] is `path`) in `environment` (`NAME=value`
    /// entries) and waits for it to end or be killed.
    ///
    /// Waiting polls `waitpid` with a backoff from 1 ms to 50 ms: hooks are rare and short,
    /// and this needs no SIGCHLD handling that would disturb the rest of the process.
    func run(_ path: String, arguments: [String], environment: [String]) -> HookOutcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, 2, 1)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t()
        sigfillset(&all)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(
            &attributes,
            Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard spawned == 0 else { return .failedToStart(spawned) }
        return wait(for: pid)
    }

    private func wait(for pid: pid_t) -> HookOutcome {
        let deadline = MonotonicSeconds.seconds() + timeout
        var pause = 0.001
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { return Self.outcome(status) }
            if result == -1, errno != EINTR { return .failedToStart(errno) }
            let left = deadline - MonotonicSeconds.seconds()
            if left <= 0 {
                kill(-pid, SIGKILL)
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) == -1, errno == EINTR {}
                return .timedOut
            }
            var nap = Self.interval(seconds: min(pause, left))
            nanosleep(&nap, nil)
            pause = min(pause * 2, 0.05)
        }
    }

    /// `seconds` as the C value `nanosleep` takes. A function, not an initialiser in an
    /// extension on `timespec`: Glibc and the timerfd shim both bring that type into Swift,
    /// and an extension attaches to one of them depending on the build order.
    private static func interval(seconds: Double) -> timespec {
        let whole = seconds.rounded(.down)
        return timespec(tv_sec: Int(whole), tv_nsec: Int((seconds - whole) * 1e9))
    }

    /// Decodes a `waitpid` status (the `WIFEXITED` family are macros Swift cannot call).
    private static func outcome(_ status: Int32) -> HookOutcome {
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signaled(signal)
    }

}
