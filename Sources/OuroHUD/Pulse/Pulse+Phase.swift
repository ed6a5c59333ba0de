import OuroCore

extension Pulse {
    /// Where the pulse stands at one instant of an interval: what the frame shows.
    public struct Phase: Equatable, Sendable {
        /// Pulses since the interval's start (0 is the pulse at the start); -1 before it.
        public var index: Int
        /// When the latest pulse began.
        public var pulseStart: Double
        /// Whether the latest pulse fell due before ``Pulse/resumedAt`` and is not shown.
        public var isSkipped: Bool
        /// The brightness now, 0 to 1.
        public var brightness: Double
        /// ``brightness`` stepped to a shade.
        public var shade: Shade
        /// The progress the ring shows now, 0 to 1.
        public var ringProgress: Double
        /// The progress the ring eases from during the latest pulse (the one before's).
        public var ringFrom: Double
        /// The progress the ring eases to during the latest pulse, and holds after it.
        public var ringTarget: Double
        /// When the latest reminder began (every ``Pulse/reminderEvery`` pulses).
        public var reminderStart: Double
        /// The reminder's opacity now, 0 (hidden) to 1.
        public var reminderOpacity: Double

        /// The shade the reminder text is drawn in, or nil while it is hidden.
        public var reminderShade: Shade? {
            reminderOpacity > 0 ? Shade(brightness: reminderOpacity) : nil
        }
    }

    /// The phase at `now` of an interval from `start` to `end` (nil: open-ended, the ring
    /// shows no progress), with a reminder of `reminderWords` words.
    ///
    /// Between pulses the ring holds the progress of the latest pulse's start; during a
    /// pulse it eases there from the progress of the pulse before.
    public func phase(at now: Double, start: Double, end: Double?, reminderWords: Int) -> Phase {
        func progress(_ instant: Double) -> Double {
            guard let end else { return 0 }
            guard end > start else { return 1 }
            return min(1, max(0, (instant - start) / (end - start)))
        }
        guard now >= start, period > 0 else {
            return Phase(
                index: -1, pulseStart: start, isSkipped: false, brightness: base,
                shade: Shade(brightness: base), ringProgress: 0, ringFrom: 0, ringTarget: 0,
                reminderStart: start,
                reminderOpacity: 0)
        }
        let index = WholeNumber.rounding((now - start) / period, .down)
        let pulseStart = start + Double(index) * period
        let reminderIndex = index - index % Self.reminderEvery
        let reminderStart = start + Double(reminderIndex) * period
        let skipped = resumedAt.map { pulseStart < $0 } ?? false
        let reminderSkipped = resumedAt.map { reminderStart < $0 } ?? false
        let t = now - pulseStart
        let target = progress(pulseStart)
        let previous = index == 0 ? target : progress(pulseStart - period)
        let brightness = skipped ? base : brightness(sincePulseStart: t)
        return Phase(
            index: index, pulseStart: pulseStart, isSkipped: skipped, brightness: brightness,
            shade: Shade(brightness: brightness),
            ringProgress: skipped
                ? target : ringProgress(from: previous, to: target, sincePulseStart: t),
            ringFrom: skipped ? target : previous,
            ringTarget: target,
            reminderStart: reminderStart,
            reminderOpacity: reminderSkipped
                ? 0 : reminderOpacity(sinceReminderStart: now - reminderStart, words: reminderWords)
        )
    }
}
