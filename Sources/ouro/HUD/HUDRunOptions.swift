import OuroHUD

/// How the HUD should run, from `ouro hud`'s options.
struct HUDRunOptions: Sendable, Hashable {
    /// How much faster than real time the model's clock runs (1 is real time), for demos.
    ///
    /// Any speed but 1 is demo mode: the HUD works on a copy of the working set in memory
    /// and never saves, so sped-up times never reach the user's store.
    var speed: Double = 1

    /// The fastest `--speed`: a whole workday in about five seconds. Faster, a second's
    /// catch-up would generate more intervals than a frame can draw, and the loop would stop
    /// answering keys and signals.
    static let fastestSpeed = 10_000.0

    /// Whether `speed` is one `--speed` accepts: more than 0, at most ``fastestSpeed``
    /// (which refuses NaN and infinity too).
    static func accepts(speed: Double) -> Bool {
        speed > 0 && speed <= fastestSpeed
    }
    /// Seconds between pulses, in real time (`--pulse`).
    var pulsePeriod: Double = 30
    /// `--reduce-motion`: one brief highlight instead of the animation.
    var reduceMotion = false
    /// Whether the time left shows seconds; false for `--no-seconds`.
    var showsSeconds = true

    /// Whether this run is a demo that must not write to the store.
    var isDemo: Bool { speed != 1 }

    /// The display options in model time: the pulse is stretched by ``speed`` so that it
    /// still comes every ``pulsePeriod`` real seconds and lasts one real second.
    var display: HUDOptions {
        HUDOptions(
            showsSeconds: showsSeconds,
            pulse: Pulse(
                period: pulsePeriod * speed, duration: speed, reduceMotion: reduceMotion))
    }
}
