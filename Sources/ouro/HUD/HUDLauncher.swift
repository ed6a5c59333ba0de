import Glibc
import OuroHUD
import OuroStore

/// Opens the HUD and gives the terminal back however it ends.
enum HUDLauncher {
    /// Opens the HUD with `options` on the store `context` names, and returns on `q`.
    ///
    /// Without a terminal on standard input and output (a script, a pipe) it prints the
    /// status line instead, as `ouro status` would, so the store is still checked and a
    /// script never hangs in a HUD nobody sees.
    ///
    /// Ctrl-C, `Ctrl-\`, SIGTERM, SIGHUP, SIGQUIT and SIGPIPE restore the terminal and end the
    /// process with 128 + the signal's number; any error restores the terminal before it is
    /// thrown (and printed).
    static func run(options: HUDRunOptions, context: CommandContext) throws {
        guard isatty(0) == 1, isatty(1) == 1 else {
            print(try StatusOptions().output(in: context))
            return
        }
        // Argument parsing ran through code the HUD never needs again; let it go before the
        // store and curses touch theirs, so the two never count towards one peak.
        StartupPages.release()
        // Said before the screen opens, so it stays in view once the HUD ends.
        if let notice = context.whatIfNotice { ClockNotice.whatIf.report(notice) }
        let store = try context.openStore()
        // The signal pipe first, so curses leaves Ctrl-C, Ctrl-Z and SIGTERM to it.
        let signals = try SignalPipe()
        let screen: CursesScreen
        do {
            screen = try CursesScreen(noColor: !context.environment.usesColor)
        } catch .noTerminal(let message) {
            throw OuroError(status: .usage, message: message)
        }
        var hud: HUDLoop?
        do {
            hud = try HUDLoop(
                context: context, options: options, store: store, screen: screen,
                signals: signals)
            try hud?.run()
        } catch {
            screen.restore()
            hud?.finishHooks()
            throw error
        }
        screen.restore()
        hud?.finishHooks()
        if let signal = hud?.endingSignal { Glibc.exit(signal.exitStatus) }
    }
}
