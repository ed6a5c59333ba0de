#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The pulse: every `period` seconds from an interval's start the HUD swells for a moment.
///
/// Everything here is a pure function of time, never of frame count: a slow terminal drops
/// frames, not time, and the animation still ends on time. Between pulses the ring shows
/// the progress of the latest pulse and nothing moves.
public struct Pulse: Equatable, Sendable {
    /// Seconds between pulses, counted from the interval's start (`--pulse`, default 30).
    public var period: Double
    /// Seconds one pulse lasts.
    public var duration: Double
    /// The brightness between pulses, 0 (dim) to 1 (bright).
    public var base: Double
    /// How far the brightness swells above ``base`` at the middle of a pulse.
    public var variance: Double
    /// `--reduce-motion`: a single brief highlight instead of the animation and fades.
    public var reduceMotion: Bool
    /// When the HUD last came back from a stop (Ctrl-Z) or the machine from sleep.
    ///
    /// A pulse (or reminder) that started before this instant is not replayed late: the
    /// ring shows its end state at once.
    public var resumedAt: Double?

    /// Pulses with the spec's defaults: every 30 s for 1 s, from dim to bright.
    public init(
        period: Double = 30, duration: Double = 1, base: Double = 0, variance: Double = 1,
        reduceMotion: Bool = false, resumedAt: Double? = nil
    ) {
        self.period = period
        self.duration = duration
        self.base = base
        self.variance = variance
        self.reduceMotion = reduceMotion
        self.resumedAt = resumedAt
    }

    /// The most frames per second an animation asks for.
    public static let framesPerSecond: Double = 30
    /// The most frames per second a pulse asks for: its shade steps and the ring's ease
    /// land on a grid of this rate from the pulse's start.
    ///
    /// Each frame is a wake-up of the HUD and of the terminal: with a frame at every shade
    /// step and every ring cell that turns, a pulse of the 100×30 HUD woke it 24 times
    /// beside its seconds tick, about half the idle budget of 2.5 wake-ups a second. Ten
    /// frames a second still read as motion.
    public static let pulseFramesPerSecond: Double = 10
    /// Seconds the reminder text takes to fade in, and again to fade out.
    public static let fadeDuration: Double = 0.5
    /// Seconds the single highlight of ``reduceMotion`` lasts.
    public static let highlightDuration: Double = 0.25
    /// Every this many pulses (the interval's start included) the reminder text shows.
    public static let reminderEvery = 3

    /// Seconds the reminder needs to be read: 0.5 s plus 60/190 s per word (190 words a
    /// minute is a comfortable reading speed).
    public static func readingTime(words: Int) -> Double {
        0.5 + Double(words) * 60 / 190
    }

    /// The number of words in a reminder, for ``readingTime(words:)``.
    public static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).count
    }

    /// The brightness `t` seconds into a pulse: `base + variance·sin(t·π)` over the pulse
    /// (with `t` in pulse durations), ``base`` outside it; a flat highlight with
    /// ``reduceMotion``.
    public func brightness(sincePulseStart t: Double) -> Double {
        guard t >= 0, t < duration else { return base }
        if reduceMotion { return t < Self.highlightDuration ? min(1, base + variance) : base }
        return min(1, max(0, base + variance * sin(t / duration * .pi)))
    }

    /// How far the ring has eased from its last shown progress to the current one, `t`
    /// seconds into a pulse: `sin(t·π/2)`, 1 after the pulse; 1 at once with ``reduceMotion``.
    public func easing(sincePulseStart t: Double) -> Double {
        if reduceMotion || t >= duration { return 1 }
        if t <= 0 { return 0 }
        return sin(t / duration * .pi / 2)
    }

    /// The ring progress `t` seconds into a pulse that eases from `from` to `to`.
    public func ringProgress(from: Double, to: Double, sincePulseStart t: Double) -> Double {
        from + (to - from) * easing(sincePulseStart: t)
    }

    /// The reminder's opacity (0 hidden … 1 fully shown) `t` seconds after the reminder's
    /// pulse began: fades in, holds for the reading time of `words` words, fades out.
    /// With ``reduceMotion`` it appears and disappears without fading.
    public func reminderOpacity(sinceReminderStart t: Double, words: Int) -> Double {
        let hold = Self.readingTime(words: words)
        guard t >= 0 else { return 0 }
        if reduceMotion { return t < hold ? 1 : 0 }
        let fade = Self.fadeDuration
        if t < fade { return t / fade }
        if t < fade + hold { return 1 }
        if t < fade + hold + fade { return 1 - (t - fade - hold) / fade }
        return 0
    }
}
