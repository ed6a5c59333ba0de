import Foundation
import Testing

@testable import OuroHUD

@Suite struct PulseTests {
    let pulse = Pulse()

    @Test func brightnessSwellsAndReturnsOverOneSecond() {
        // base + variance·sin(t·π) with base 0, variance 1.
        #expect(pulse.brightness(sincePulseStart: 0) == 0)
        #expect(abs(pulse.brightness(sincePulseStart: 0.25) - 0.7071067811865476) < 1e-12)
        #expect(pulse.brightness(sincePulseStart: 0.5) == 1)
        #expect(abs(pulse.brightness(sincePulseStart: 1) - 0) < 1e-12)
    }

    @Test func brightnessFollowsBaseAndVariance() {
        let soft = Pulse(base: 0.2, variance: 0.6)
        #expect(abs(soft.brightness(sincePulseStart: 0) - 0.2) < 1e-12)
        #expect(abs(soft.brightness(sincePulseStart: 0.25) - 0.6242640687119285) < 1e-12)
        #expect(abs(soft.brightness(sincePulseStart: 0.5) - 0.8) < 1e-12)
        #expect(abs(soft.brightness(sincePulseStart: 1) - 0.2) < 1e-12)
        #expect(soft.brightness(sincePulseStart: 7) == 0.2)
    }

    @Test func brightnessIsSteppedThroughTheShades() {
        #expect(Shade(brightness: pulse.brightness(sincePulseStart: 0)) == .dim)
        #expect(Shade(brightness: pulse.brightness(sincePulseStart: 0.25)) == .normal)
        #expect(Shade(brightness: pulse.brightness(sincePulseStart: 0.5)) == .bright)
        #expect(Shade(brightness: pulse.brightness(sincePulseStart: 1)) == .dim)
    }

    @Test func ringEasesFromTheLastShownProgress() {
        // from + (to − from)·sin(t·π/2), from 0.4 to 0.42.
        #expect(pulse.ringProgress(from: 0.4, to: 0.42, sincePulseStart: 0) == 0.4)
        #expect(
            abs(pulse.ringProgress(from: 0.4, to: 0.42, sincePulseStart: 0.25) - 0.4076536686473018)
                < 1e-12)
        #expect(
            abs(pulse.ringProgress(from: 0.4, to: 0.42, sincePulseStart: 0.5) - 0.41414213562373096)
                < 1e-12)
        #expect(pulse.ringProgress(from: 0.4, to: 0.42, sincePulseStart: 1) == 0.42)
    }

    @Test func phaseHoldsTheRingBetweenPulses() {
        // A 25-minute interval from 0: each 30 s pulse moves the ring by 0.02.
        let between = pulse.phase(at: 45, start: 0, end: 1500, reminderWords: 1)
        #expect(between.index == 1)
        #expect(between.ringProgress == 0.02)
        #expect(between.shade == .dim)
        let during = pulse.phase(at: 60.5, start: 0, end: 1500, reminderWords: 1)
        #expect(during.index == 2)
        #expect(abs(during.ringProgress - (0.02 + 0.02 * sin(Double.pi / 4))) < 1e-12)
        #expect(during.shade == .bright)
    }

    @Test func readingTimeIsHalfASecondPlusWordsAt190PerMinute() {
        #expect(Pulse.readingTime(words: 9) == 0.5 + 9 * 60 / 190)
        #expect(abs(Pulse.readingTime(words: 9) - 3.3421052631578947) < 1e-12)
        #expect(Pulse.readingTime(words: 0) == 0.5)
        #expect(Pulse.wordCount("Set an intention — 21.25 points possible") == 7)
    }

    @Test func reminderFadesInHoldsAndFadesOut() {
        let hold = Pulse.readingTime(words: 9)
        #expect(pulse.reminderOpacity(sinceReminderStart: 0, words: 9) == 0)
        #expect(pulse.reminderOpacity(sinceReminderStart: 0.25, words: 9) == 0.5)
        #expect(pulse.reminderOpacity(sinceReminderStart: 0.5, words: 9) == 1)
        #expect(pulse.reminderOpacity(sinceReminderStart: 0.5 + hold - 0.01, words: 9) == 1)
        #expect(
            abs(pulse.reminderOpacity(sinceReminderStart: 0.5 + hold + 0.25, words: 9) - 0.5)
                < 1e-12)
        #expect(pulse.reminderOpacity(sinceReminderStart: 1 + hold, words: 9) == 0)
    }

    @Test func reminderShowsEveryThirdPulseAndAtTheStart() {
        let words = 9
        #expect(
            pulse.phase(at: 0.25, start: 0, end: 1500, reminderWords: words).reminderOpacity == 0.5)
        #expect(
            pulse.phase(at: 30.25, start: 0, end: 1500, reminderWords: words).reminderOpacity == 0)
        #expect(
            pulse.phase(at: 60.25, start: 0, end: 1500, reminderWords: words).reminderOpacity == 0)
        #expect(
            pulse.phase(at: 90.25, start: 0, end: 1500, reminderWords: words).reminderOpacity == 0.5
        )
        #expect(
            pulse.phase(at: 92, start: 0, end: 1500, reminderWords: words).reminderShade == .bright)
    }

    @Test func aPulseDueWhileStoppedIsNotReplayed() {
        let resumed = Pulse(resumedAt: 90.2)
        let phase = resumed.phase(at: 90.3, start: 0, end: 1500, reminderWords: 9)
        #expect(phase.isSkipped)
        #expect(phase.ringProgress == 0.06)
        #expect(phase.shade == .dim)
        #expect(phase.reminderOpacity == 0)
        // The next pulse animates as usual.
        #expect(!resumed.phase(at: 120.5, start: 0, end: 1500, reminderWords: 9).isSkipped)
        #expect(resumed.nextDeadline(after: 90.3, start: 0, reminderWords: 9) == 120)
    }

    @Test func reduceMotionIsOneBriefHighlight() {
        let calm = Pulse(reduceMotion: true)
        #expect(calm.brightness(sincePulseStart: 0.1) == 1)
        #expect(calm.brightness(sincePulseStart: 0.3) == 0)
        #expect(calm.ringProgress(from: 0.4, to: 0.42, sincePulseStart: 0) == 0.42)
        #expect(calm.reminderOpacity(sinceReminderStart: 0, words: 9) == 1)
        #expect(calm.reminderOpacity(sinceReminderStart: 3.4, words: 9) == 0)
        #expect(calm.nextDeadline(after: 30.1, start: 0, reminderWords: 9) == 30.25)
    }
}

@Suite struct DeadlineTests {
    func state(now: Double, seconds: Bool = true) -> HUDState {
        HUDState(
            kind: .pomodoro, start: 0, end: 1500, now: now, title: "Write the HUD renderer",
            showsSeconds: seconds)
    }

    @Test func secondsDigitWhenSecondsShown() {
        #expect(state(now: 10.3).nextDeadline == 11)
        #expect(state(now: 11).nextDeadline == 12)
    }

    @Test func minuteOrPulseWhenSecondsHidden() {
        #expect(state(now: 10.3, seconds: false).nextDeadline == 30)
        #expect(state(now: 35, seconds: false).nextDeadline == 60)
        #expect(state(now: 1451, seconds: false).nextDeadline == 1470)
        #expect(state(now: 1490.5, seconds: false).nextDeadline == 1500)
    }

    /// During a pulse the loop wakes only where the stepped brightness changes shade —
    /// where sin(t·π) crosses 0.25 and 0.75, rising and falling — rounded up to the pulse's
    /// 10 fps frame grid, and at the pulse's end (which takes the last fall, at 0.92).
    @Test func wakesAtTheShadeStepsOfAPulse() {
        let rise1 = asin(0.25) / .pi
        let rise2 = asin(0.75) / .pi
        #expect(Pulse.pulseFramesPerSecond == 10)
        #expect(Pulse.pulseFrame(after: rise1) == 0.1)
        #expect(Pulse.pulseFrame(after: rise2) == 0.3)
        let expected = [30.1, 30.3, 30.8, 31]
        var now = 30.0
        for step in expected {
            let deadline = state(now: now, seconds: false).nextDeadline
            #expect(abs(deadline - step) < 1e-5)
            #expect(
                Shade(
                    brightness: Pulse().phase(at: deadline, start: 0, end: 1500, reminderWords: 4)
                        .brightness)
                    != Shade(
                        brightness: Pulse().phase(at: now, start: 0, end: 1500, reminderWords: 4)
                            .brightness))
            now = deadline
        }
        #expect(state(now: 31, seconds: false).nextDeadline == 60)
    }

    @Test func wakeUpsAreAtLeastOneFrameApart() {
        #expect(Pulse.limited(30.001, after: 30) == 30 + 1.0 / 30)
        #expect(Pulse.limited(31, after: 30) == 31)
    }

    /// While the ring eases, the renderer wakes when the next ring cell turns elapsed, and
    /// the frame then differs from the one before.
    @Test func ringMotionWakesWhenACellChanges() {
        let renderer = HUDRenderer(glyphs: .unicode)
        var state = Fixtures.pomodoro
        state.showsSeconds = false
        state.now = state.start + 630.02
        let deadline = renderer.nextDeadline(for: state, width: 100, height: 30)
        #expect(deadline > state.now && deadline < state.start + 631)
        let before = renderer.frame(for: state, width: 100, height: 30)
        var later = state
        later.now = deadline
        let after = renderer.frame(for: later, width: 100, height: 30)
        #expect(before != after)
    }

    @Test func reminderHoldThenFadeOut() {
        // Pulse 3 at 90 s starts a reminder of 4 words: it holds until 90.5 + reading time,
        // and stays bright until a quarter of the fade-out.
        let holdEnd = 90.5 + Pulse.readingTime(words: 4)
        #expect(abs(state(now: 91.2, seconds: false).nextDeadline - (holdEnd + 0.125)) < 1e-5)
        // Fading out, the reminder steps from bright to normal after a quarter of the fade.
        let fading = state(now: holdEnd + 0.01, seconds: false).nextDeadline
        #expect(abs(fading - (holdEnd + 0.25 * Pulse.fadeDuration)) < 1e-5)
    }

    @Test func dayLineCursorMoveCounts() {
        var late = Fixtures.pomodoro
        late.showsSeconds = false
        late.now = late.start + 636
        let renderer = HUDRenderer(glyphs: .unicode)
        // 78 columns over 8 h: one column every 369.23 s; the cursor sits in column 28.
        let move = Fixtures.day + 29 * 8 * 3600 / 78.0
        #expect(
            renderer.nextDeadline(for: late, width: 80, height: 24) == min(late.start + 660, move))
        #expect(renderer.nextDeadline(for: late, width: 10, height: 1) == late.start + 660)
    }
}

@Suite struct TimeLeftTests {
    @Test func digitsRoundUp() {
        #expect(TimeLeft.digits(1500, showsSeconds: true) == "25:00")
        #expect(TimeLeft.digits(852.4, showsSeconds: true) == "14:13")
        #expect(TimeLeft.digits(3661, showsSeconds: true) == "1:01:01")
        #expect(TimeLeft.digits(0, showsSeconds: true) == "00:00")
        #expect(TimeLeft.digits(853, showsSeconds: false) == "15")
        #expect(TimeLeft.digits(3661, showsSeconds: false) == "1:02")
        #expect(TimeLeft.digits(nil, showsSeconds: true) == "--:--")
        #expect(TimeLeft.text(853, showsSeconds: false) == "15m")
    }

    @Test func pointsHaveNoTrailingZeros() {
        #expect(TimeLeft.points(21.25) == "21.25")
        #expect(TimeLeft.points(6) == "6")
        #expect(TimeLeft.points(0.1) == "0.1")
        #expect(TimeLeft.points(9.55) == "9.55")
    }

    @Test func startPromptReminderNamesTheLoss() {
        #expect(
            Fixtures.startPrompt.reminderText
                == "Set an intention — 21.25 points possible, 6 will be lost at 12:08")
        #expect(Fixtures.pomodoro.reminderText == "Write the HUD renderer")
    }
}
