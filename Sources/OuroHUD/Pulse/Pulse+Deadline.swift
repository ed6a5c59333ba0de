#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Pulse {
    /// The next instant after `now` at which the pulse changes what is on screen, so the
    /// event loop can sleep until then.
    ///
    /// Brightness and the reminder's opacity are stepped through shades, so only the
    /// instants where a step changes count: the next pulse's start, the shade steps of
    /// the swell (on the pulse's frame grid), the pulse's end, the reminder's fade steps and the end of its hold. That
    /// is a handful of wake-ups per pulse instead of a frame every 1/30 s; consecutive
    /// wake-ups are never closer than 1/``framesPerSecond``. The ring's motion depends on
    /// the layout, so ``HUDRenderer/nextDeadline(for:width:height:)`` adds it.
    public func nextDeadline(after now: Double, start: Double, reminderWords: Int) -> Double {
        guard period > 0 else { return .infinity }
        guard now >= start else { return start }
        let phase = phase(at: now, start: start, end: nil, reminderWords: reminderWords)
        var changes = [phase.pulseStart + period]
        if !phase.isSkipped {
            let pulseStart = phase.pulseStart
            if reduceMotion {
                changes.append(pulseStart + Self.highlightDuration)
            } else {
                changes += brightnessSteps.compactMap { step in
                    let frame = Self.pulseFrame(after: step * duration)
                    return frame < duration ? pulseStart + frame + Self.settle : nil
                }
                changes.append(pulseStart + duration)
            }
        }
        if !(resumedAt.map { phase.reminderStart < $0 } ?? false) {
            let reminderStart = phase.reminderStart
            let hold = Self.readingTime(words: reminderWords)
            if reduceMotion {
                changes.append(reminderStart + hold)
            } else {
                let fade = Self.fadeDuration
                changes += [0.25, 0.75].map { reminderStart + $0 * fade + Self.settle }
                changes += [0.25, 0.75, 1].map {
                    reminderStart + fade + hold + $0 * fade + Self.settle
                }
            }
        }
        let next = changes.filter { $0 > now }.min() ?? .infinity
        return Self.limited(next, after: now)
    }

    /// The fractions of a pulse at which the stepped brightness changes shade: where
    /// `base + variance·sin(t·π)` crosses the midpoints between shades, rising then falling.
    var brightnessSteps: [Double] {
        guard variance > 0 else { return [] }
        let levels = Double(Shade.allCases.count - 1)
        var steps: [Double] = []
        for level in 0..<(Shade.allCases.count - 1) {
            let threshold = (Double(level) + 0.5) / levels
            let x = (threshold - base) / variance
            guard x > 0, x < 1 else { continue }
            let rise = asin(x) / .pi
            steps += [rise, 1 - rise]
        }
        return steps.sorted()
    }

    /// The first instant of the pulse's frame grid (``pulseFramesPerSecond``) at or after
    /// `t` seconds into a pulse: changes within one frame share a wake-up.
    static func pulseFrame(after t: Double) -> Double {
        (t * pulseFramesPerSecond).rounded(.up) / pulseFramesPerSecond
    }

    /// A change lands this long after the instant its formula gives, so the frame drawn
    /// then is past the step despite rounding.
    static let settle = 1e-6

    /// `deadline`, but no sooner than one frame after `now`.
    static func limited(_ deadline: Double, after now: Double) -> Double {
        max(deadline, now + 1 / framesPerSecond)
    }
}
