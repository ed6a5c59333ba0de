/// How the HUD should run, from `ouro hud`'s options.
struct HUDOptions: Sendable, Hashable {
    /// How much faster than real time the HUD's clock runs (1 is real time), for demos.
    var speed: Double = 1
}
