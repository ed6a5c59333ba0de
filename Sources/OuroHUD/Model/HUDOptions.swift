/// The HUD's display settings from the command line, carried into every ``HUDState``.
public struct HUDOptions: Equatable, Sendable {
    /// Whether the time left shows seconds; false for `--no-seconds`.
    public var showsSeconds: Bool
    /// The pulse settings (`--pulse`, `--reduce-motion`).
    public var pulse: Pulse

    /// Options; the defaults are the HUD's defaults.
    public init(showsSeconds: Bool = true, pulse: Pulse = Pulse()) {
        self.showsSeconds = showsSeconds
        self.pulse = pulse
    }
}
