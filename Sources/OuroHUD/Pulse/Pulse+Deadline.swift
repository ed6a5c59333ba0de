extension Pulse {
    /// The next instant after `now` at which the pulse changes what is on screen, so the
    /// event loop can sleep until then.
    ///
    /// That is the next pulse's start; during an animation or a fade, the next frame (at
    /// most ``framesPerSecond``, on a grid counted from the pulse's start) or the
    /// animation's end; while the reminder holds, the start of its fade-out.
    public func nextDeadline(after now: Double, start: Double, reminderWords: Int) -> Double {
        guard period > 0 else { return .infinity }
        guard now >= start else { return start }
        let phase = phase(at: now, start: start, end: nil, reminderWords: reminderWords)
        var deadline = phase.pulseStart + period
        if !phase.isSkipped {
            let t = now - phase.pulseStart
            if reduceMotion {
                if t < Self.highlightDuration {
                    deadline = phase.pulseStart + Self.highlightDuration
                }
            } else if t < duration {
                deadline = min(
                    deadline,
                    Self.nextFrame(
                        after: now, from: phase.pulseStart, until: phase.pulseStart + duration))
            }
        }
        let reminderSkipped = resumedAt.map { phase.reminderStart < $0 } ?? false
        if !reminderSkipped {
            let r = now - phase.reminderStart
            let hold = Self.readingTime(words: reminderWords)
            let s = phase.reminderStart
            if reduceMotion {
                if r < hold { deadline = min(deadline, s + hold) }
            } else {
                let fade = Self.fadeDuration
                if r < fade {
                    deadline = min(deadline, Self.nextFrame(after: now, from: s, until: s + fade))
                } else if r < fade + hold {
                    deadline = min(deadline, s + fade + hold)
                } else if r < fade + hold + fade {
                    deadline = min(
                        deadline,
                        Self.nextFrame(
                            after: now, from: s + fade + hold, until: s + hold + 2 * fade))
                }
            }
        }
        return deadline
    }

    /// The next frame of an animation running from `origin` to `end`, on a grid of
    /// ``framesPerSecond`` counted from `origin`, never past `end`.
    static func nextFrame(after now: Double, from origin: Double, until end: Double) -> Double {
        var n = ((now - origin) * framesPerSecond).rounded(.down) + 1
        var frame = origin + n / framesPerSecond
        while frame <= now {
            n += 1
            frame = origin + n / framesPerSecond
        }
        return min(frame, end)
    }
}
