import Foundation
import OuroStore
import Testing

/// Hooks: run once per event across processes, late events marked, titles passed verbatim,
/// hanging hooks killed, failing ones reported.
@Suite(.serialized) struct HookTests {
    /// Four processes race over the same events, five times: each event's hook runs once.
    @Test func fourRacingProcessesRunEachHookOnce() throws {
        let hooks = try HookHome.withSession()
        for event in ["pomodoro-end", "break-start", "break-end", "interval-start", "interval-end"]
        {
            try hooks.addHook(
                event, #"echo "$OURO_EVENT $OURO_KIND $OURO_START" >>"$OURO_HOME/log""#)
        }
        #expect(try hooks.run(["start", "one"], at: 1_010).status == 0)
        let before = hooks.lines("log").count
        // Each round's time passes one more event: the pomodoro's end, the break's start
        // and end, the grace period's start and end.
        for now in [1_320.0, 1_620.0, 1_820.0, 2_000.0, 2_100.0] {
            let racers = try (1...4).map { _ in
                try ShellRun(
                    #""$OURO" status >/dev/null 2>>"$OURO_HOME/errors""#,
                    environment: hooks.environment(at: now))
            }
            for racer in racers { #expect(racer.wait() == 0) }
        }
        let lines = Array(hooks.lines("log").dropFirst(before))
        #expect(hooks.lines("errors") == [])
        #expect(
            lines == [
                "interval-end pomodoro 1010", "pomodoro-end pomodoro 1010",
                "interval-start break 1310", "break-start break 1310",
                "interval-end break 1310", "break-end break 1310",
                "interval-start gracePeriod 1610", "interval-end gracePeriod 1610",
                "interval-start startPrompt 1820", "interval-end startPrompt 1820",
                // The prompt from 1820 expires at 2000 and the next starts at that instant.
                "interval-start startPrompt 2000",
            ])
    }

    /// An event that happened while nothing ran is delivered by the next run, once, with
    /// `OURO_LATE` the seconds since it happened.
    @Test func aLateEventIsDeliveredOnceWithItsLateness() throws {
        let hooks = try HookHome.withSession()
        try hooks.addHook(
            "pomodoro-end", #"echo "$OURO_EVENT late=${OURO_LATE-unset}" >>"$OURO_HOME/log""#)
        try hooks.addHook(
            "pomodoro-start", #"echo "$OURO_EVENT late=${OURO_LATE-unset}" >>"$OURO_HOME/log""#)
        #expect(try hooks.run(["start", "one"], at: 1_010).status == 0)
        #expect(try hooks.run(["status"], at: 2_000).status == 0)
        #expect(try hooks.run(["status"], at: 2_001).status == 0)
        #expect(try hooks.run(["intentions"], at: 2_002).status == 0)
        #expect(hooks.lines("log") == ["pomodoro-start late=unset", "pomodoro-end late=690"])
    }

    /// Quotes, `$(…)`, backticks and newlines in a title reach the hook byte for byte, and
    /// nothing in them runs.
    @Test func aTitleReachesTheHookVerbatimAndRunsNothing() throws {
        let hooks = try HookHome.withSession()
        let marker = hooks.file("pwned")
        let title = "it's \"quoted\" $(touch \(marker)) `touch \(marker)`\nsecond line; rm -rf ~ &"
        try hooks.addHook(
            "pomodoro-start",
            #"printf '%s' "$OURO_INTENTION_TITLE" >"$OURO_HOME/title"; "#
                + #"printf '%s %s %s %s' "$OURO_EVENT" "$OURO_KIND" "$OURO_INTENTION_ID" "$OURO_END" >"$OURO_HOME/rest""#
        )
        let started = try hooks.run(["start", title], at: 1_010)
        #expect(started.status == 0)
        #expect(try String(contentsOfFile: hooks.file("title"), encoding: .utf8) == title)
        #expect(
            try String(contentsOfFile: hooks.file("rest"), encoding: .utf8)
                == "pomodoro-start pomodoro 1 1310")
        #expect(!FileManager.default.fileExists(atPath: marker))
    }

    /// A hook that hangs is killed with what it started after `OURO_HOOK_TIMEOUT`; the
    /// command still succeeds and says so in one stderr line.
    @Test func aHangingHookIsKilledWithItsChildren() throws {
        let hooks = try HookHome.withSession()
        try hooks.addHook(
            "pomodoro-start", #"sleep 300 & echo $! >"$OURO_HOME/child"; wait"#)
        let started = try hooks.run(["start", "one"], at: 1_010, ["OURO_HOOK_TIMEOUT": "0.5"])
        #expect(started.status == 0)
        #expect(started.stdout.hasPrefix("pomodoro 1 on 'one'"))
        let errors = started.stderr.split(separator: "\n")
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("ouro: hook pomodoro-start (") == true)
        #expect(
            errors.first?.hasSuffix(
                "ran longer than 0.5 s and was killed; raise OURO_HOOK_TIMEOUT if it needs longer")
                == true)
        let child = try #require(Int32(hooks.lines("child").first ?? ""))
        #expect(Self.isGone(child))
    }

    /// A failing hook is one stderr line; the command's own output and status stand.
    @Test func aFailingHookIsReportedNotFatal() throws {
        let hooks = try HookHome.withSession()
        try hooks.addHook("pomodoro-start", "exit 3")
        let started = try hooks.run(["start", "one"], at: 1_010)
        #expect(started.status == 0)
        #expect(started.stdout == "pomodoro 1 on 'one' until 00:21\n")
        #expect(
            started.stderr
                == "ouro: hook pomodoro-start (\(hooks.hooksPath)/pomodoro-start) exited with status 3\n"
        )
    }

    /// A process killed after committing an event but before running its hook: the next
    /// run that records events delivers it, late, once.
    @Test func aKilledClaimantsEventsAreDeliveredByTheNextRun() throws {
        let hooks = try HookHome.withSession()
        try hooks.addHook(
            "pomodoro-end",
            #"""
            if [ ! -e "$OURO_HOME/killed" ]; then touch "$OURO_HOME/killed"; kill -9 $PPID; exit 0; fi
            echo "$OURO_EVENT late=${OURO_LATE-unset}" >>"$OURO_HOME/log"
            """#)
        #expect(try hooks.run(["start", "one"], at: 1_010).status == 0)
        let killed = try hooks.run(["status"], at: 1_400)
        #expect(killed.status != 0)
        #expect(hooks.lines("log") == [])
        #expect(try hooks.run(["status"], at: 1_700).status == 0)
        #expect(try hooks.run(["status"], at: 1_900).status == 0)
        #expect(hooks.lines("log") == ["pomodoro-end late=390"])
    }

    /// A process killed in the middle of a batch of hooks: the next run re-runs neither the
    /// hooks of that batch that had finished nor runs the batch's remaining (older) events
    /// after its own newer ones.
    @Test func aBatchCutByAKillResumesWhereItStoppedInEventOrder() throws {
        let hooks = try HookHome.withSession()
        let log = #"echo "$OURO_EVENT $OURO_KIND" >>"$OURO_HOME/log""#
        for event in ["interval-end", "interval-start", "break-start", "break-end"] {
            try hooks.addHook(event, log)
        }
        // The second hook of the pomodoro's end kills ouro the first time it runs.
        try hooks.addHook(
            "pomodoro-end",
            log + "\n"
                + #"if [ ! -e "$OURO_HOME/killed" ]; then touch "$OURO_HOME/killed"; kill -9 $PPID; fi"#
        )
        #expect(try hooks.run(["start", "one"], at: 1_010).status == 0)
        try FileManager.default.removeItem(atPath: hooks.file("log"))
        let killed = try hooks.run(["status"], at: 1_400)
        #expect(killed.status != 0)
        #expect(hooks.lines("log") == ["interval-end pomodoro", "pomodoro-end pomodoro"])
        #expect(try hooks.run(["status"], at: 1_700).status == 0)
        #expect(
            hooks.lines("log") == [
                "interval-end pomodoro", "pomodoro-end pomodoro",
                // The next run: the hook that was running when ouro was killed, the rest of
                // its batch, then the run's own events.
                "pomodoro-end pomodoro", "interval-start break", "break-start break",
                "interval-end break", "break-end break", "interval-start gracePeriod",
            ])
    }

    /// A hooks directory anyone can write to (someone planted `pomodoro-start` there): the
    /// hook is refused with one line naming the directory, and the command still succeeds.
    @Test func aHookInADirectoryOthersCanWriteIsRefused() throws {
        let hooks = try HookHome.withSession()
        try hooks.addHook("pomodoro-start", #"touch "$OURO_HOME/ran""#)
        #expect(chmod(hooks.hooksPath, 0o777) == 0)
        let started = try hooks.run(["start", "one"], at: 1_010)
        #expect(started.status == 0)
        #expect(started.stdout == "pomodoro 1 on 'one' until 00:21\n")
        let refusal: String =
            "ouro: hook pomodoro-start not run: \(hooks.hooksPath) is writable by group or "
            + "others (mode 777); run chmod go-w \(hooks.hooksPath)\n"
        #expect(started.stderr == refusal)
        #expect(!FileManager.default.fileExists(atPath: hooks.file("ran")))
    }

    /// A hook file others can write, and one reached through a symlink into a directory
    /// others can write: each refused, naming the path at fault.
    @Test func aHookFileOthersCanWriteIsRefused() throws {
        let hooks = try HookHome.withSession()
        try hooks.addHook("pomodoro-start", #"touch "$OURO_HOME/ran""#)
        let hook = hooks.hooksPath + "/pomodoro-start"
        #expect(chmod(hook, 0o775) == 0)
        let planted = hooks.config + "/planted"
        try FileManager.default.createDirectory(atPath: planted, withIntermediateDirectories: true)
        #expect(chmod(planted, 0o777) == 0)
        try "#!/bin/sh\ntouch \"$OURO_HOME/ran\"\n".write(
            toFile: planted + "/hook", atomically: true, encoding: .utf8)
        #expect(chmod(planted + "/hook", 0o755) == 0)
        try FileManager.default.createSymbolicLink(
            atPath: hooks.hooksPath + "/interval-start", withDestinationPath: planted + "/hook")
        let started = try hooks.run(["start", "one"], at: 1_010)
        #expect(started.status == 0)
        let linked: String =
            "ouro: hook interval-start not run: \(planted) is writable by group or others "
            + "(mode 777); run chmod go-w \(planted)"
        let writable: String =
            "ouro: hook pomodoro-start not run: \(hook) is writable by group or others "
            + "(mode 775); run chmod go-w \(hook)"
        // The session's first start prompt, then the pomodoro `start` begins.
        #expect(started.stderr == [linked, linked, writable].joined(separator: "\n") + "\n")
        #expect(!FileManager.default.fileExists(atPath: hooks.file("ran")))
    }

    /// Root does not run a hook another user owns, even one only its owner can write.
    @Test(.enabled(if: geteuid() == 0, "needs root to give a file away"))
    func aHookOwnedBySomeoneElseIsRefused() throws {
        let hooks = try HookHome.withSession()
        try hooks.addHook("pomodoro-start", #"touch "$OURO_HOME/ran""#)
        let hook = hooks.hooksPath + "/pomodoro-start"
        #expect(chown(hook, 65_534, 65_534) == 0)
        let started = try hooks.run(["start", "one"], at: 1_010)
        #expect(started.status == 0)
        let refusal: String =
            "ouro: hook pomodoro-start not run: \(hook) is owned by uid 65534, not by you "
            + "or root; run hooks only from your own files\n"
        #expect(started.stderr == refusal)
        #expect(!FileManager.default.fileExists(atPath: hooks.file("ran")))
    }

    /// Without a hooks directory no event is left pending for a later one to replay.
    @Test func eventsWithoutHooksAreDeliveredAtOnce() throws {
        let hooks = try HookHome.withSession()
        try FileManager.default.removeItem(atPath: hooks.hooksPath)
        #expect(try hooks.run(["start", "one"], at: 1_010).status == 0)
        let store = try Store(directory: hooks.home.path)
        #expect(
            try store.database.scalar("SELECT count(*) FROM events WHERE delivered IS NULL")
                == .integer(0))
        #expect(try store.database.scalar("SELECT count(*) FROM events") == .integer(6))
    }

    /// Whether `pid` has exited (gone, or a zombie waiting for init).
    private static func isGone(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else {
            return true
        }
        return stat.split(separator: ")").last?.split(separator: " ").first == "Z"
    }
}
