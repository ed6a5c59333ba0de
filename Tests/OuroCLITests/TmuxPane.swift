import Foundation

/// The real `ouro` HUD in a detached tmux session of its own, for end-to-end HUD tests.
///
/// Each pane has its own tmux server (`-L`), so tests run in parallel without sharing
/// anything. The pane's shell records `stty -g` before and after the HUD, the HUD's exit
/// status and its process id in the home directory, so a test can check the terminal was
/// restored as the HUD itself saw it.
final class TmuxPane {
    let socket = "ouro-hud-" + UUID().uuidString
    let home: OuroHome

    /// Opens `ouro arguments…` in a `width` × `height` pane at `now` (epoch seconds), in UTC,
    /// with `environment` exported besides and the server's global `options` set first.
    init(
        _ arguments: [String] = [], home: OuroHome = OuroHome(), at now: Double,
        width: Int = 100, height: Int = 30, environment: [String: String] = [:],
        options: [String: String] = [:]
    ) throws {
        self.home = home
        try FileManager.default.createDirectory(
            atPath: home.path, withIntermediateDirectories: true)
        let quoted = ([OuroProcess.binary.path] + arguments).map(Self.quoted).joined(separator: " ")
        let extra = environment.sorted { $0.key < $1.key }
            .map { " " + $0.key + "=" + Self.quoted($0.value) }.joined()
        let script = """
            export LANG=C.UTF-8 TERM=xterm-256color TZ=UTC OURO_HOME='\(home.path)' \
            OURO_NOW='\(now)'\(extra); cd '\(home.path)'; stty -g > stty-before; \
            sh -c 'echo $$ > pid; exec "$0" "$@"' \(quoted); echo $? > exit-status; \
            stty -g > stty-after; sleep 600
            """
        // The server this starts must not hold the output pipe, or reading would never end.
        let settings = options.sorted { $0.key < $1.key }
            .flatMap { ["start-server", ";", "set-option", "-g", $0.key, $0.value, ";"] }
        Self.shell(
            tmuxCommand(
                settings + ["new-session", "-d", "-x", "\(width)", "-y", "\(height)", script])
                + " </dev/null >/dev/null 2>&1")
    }

    deinit { Self.shell(tmuxCommand(["kill-server"]) + " >/dev/null 2>&1") }

    /// Runs `tmux -L <socket> arguments…` and returns what it printed.
    ///
    /// Through `popen`: Foundation's `Process` never saw the `new-session` client exit
    /// once it had started a server.
    @discardableResult
    func tmux(_ arguments: [String]) -> String {
        Self.shell(tmuxCommand(arguments) + " 2>/dev/null")
    }

    private func tmuxCommand(_ arguments: [String]) -> String {
        (["/usr/bin/tmux", "-L", socket] + arguments).map(Self.quoted).joined(separator: " ")
    }

    /// `text` as one `/bin/sh` word.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Runs a `/bin/sh` command line and returns its standard output.
    @discardableResult
    static func shell(_ command: String) -> String {
        guard let stream = popen(command, "r") else { return "" }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, stream)
            if count <= 0 { break }
            output += buffer[..<count]
        }
        pclose(stream)
        return String(decoding: output, as: UTF8.self)
    }

    /// The pane's text now.
    func capture() -> String { tmux(["capture-pane", "-p"]) }

    /// Types keys (tmux key names such as `Enter`, or literal text).
    func send(_ keys: String...) { tmux(["send-keys"] + keys) }

    /// Polls the pane until `condition` holds for its text, or `timeout` seconds pass;
    /// returns the last text seen and whether the condition held.
    @discardableResult
    func wait(
        timeout: Double = 5, until condition: (String) -> Bool
    ) throws -> (text: String, held: Bool) {
        let deadline = Date().addingTimeInterval(timeout)
        var text = ""
        repeat {
            text = capture()
            if condition(text) { return (text, true) }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return (text, false)
    }

    /// Polls until the pane shows `fragment`.
    @discardableResult
    func wait(for fragment: String, timeout: Double = 5) throws -> (text: String, held: Bool) {
        try wait(timeout: timeout) { $0.contains(fragment) }
    }

    /// A file the pane's shell wrote, once it exists (polling up to `timeout` seconds).
    func file(_ name: String, timeout: Double = 5) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let data = FileManager.default.contents(atPath: home.path + "/" + name),
                data.last == UInt8(ascii: "\n")
            {
                return String(decoding: data, as: UTF8.self)
                    .trimmingCharacters(in: .whitespacesAndNewlines)
            }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return nil
    }
}
