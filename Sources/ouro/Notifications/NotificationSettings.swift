/// Which notifications ouro gives at each interval start (start prompts included), from
/// `OURO_NOTIFY`: a comma list of `desktop`, `bell`, `osc`, or `none`; all three when unset.
struct NotificationSettings: Hashable, Sendable {
    /// A desktop notification through `notify-send`, when it is on the `PATH`.
    var desktop = true
    /// The terminal bell from the HUD's terminal.
    var bell = true
    /// OSC 777 and OSC 9 notifications from the HUD's terminal (for terminals that show
    /// them as desktop notifications: foot, kitty, iTerm2, Windows Terminal, WezTerm…).
    var osc = true

    /// Every channel on.
    init() {}

    /// The channels `OURO_NOTIFY` names; unknown words are ignored, so a newer setting never
    /// breaks an older ouro.
    init(_ environment: OuroEnvironment) {
        guard let value = environment["OURO_NOTIFY"] else { return }
        let words = value.split(separator: ",").map { $0.filter { $0 != " " } }
        desktop = words.contains("desktop")
        bell = words.contains("bell")
        osc = words.contains("osc")
    }

    /// The channels that are on, by their `OURO_NOTIFY` names, in that order.
    var channels: [String] {
        [("desktop", desktop), ("bell", bell), ("osc", osc)].filter(\.1).map(\.0)
    }
}
