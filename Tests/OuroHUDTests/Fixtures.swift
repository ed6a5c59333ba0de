@testable import OuroHUD

/// A working day used by the golden frames: a session from 09:00 (instant `day`) to 17:00
/// with a few evaluated pomodoros, breaks and idle gaps behind it.
enum Fixtures {
    static let day = 1_700_000_000.0

    static func session(now: Double) -> HUDState.Session {
        HUDState.Session(
            start: day, end: day + 8 * 3600, startClock: "09:00", endClock: "17:00",
            segments: [
                .init(.pomodoro(.focused), start: day, end: day + 300),
                .init(.breakTime, start: day + 300, end: day + 600),
                .init(.pomodoro(.achieved), start: day + 600, end: day + 1200),
                .init(.breakTime, start: day + 1200, end: day + 1500),
                .init(.idle, start: day + 1500, end: day + 3600),
                .init(.pomodoro(.interrupted), start: day + 3600, end: day + 4800),
                .init(.breakTime, start: day + 4800, end: day + 5100),
                .init(.pomodoro(.distracted), start: day + 5100, end: day + 6900),
                .init(.idle, start: day + 6900, end: day + 9000),
                .init(.pomodoro(nil), start: day + 9000, end: min(now, day + 10_500)),
                .init(
                    .breakTime, start: day + 10_500, end: min(max(now, day + 10_500), day + 10_800)),
                .init(.idle, start: day + 10_800, end: max(now, day + 10_800)),
            ],
            score: 9.55, perfectScore: 64.5, pomodorosThatFit: 7)
    }

    /// A 25-minute pomodoro 10:47 in (14:13 left), between pulses.
    static var pomodoro: HUDState {
        let now = day + 9000 + 647
        return HUDState(
            kind: .pomodoro, start: day + 9000, end: day + 10_500, now: now, endClock: "11:55",
            title: "Write the HUD renderer", session: session(now: now))
    }

    /// A 5-minute break with 3:20 left, waiting for the last pomodoro's evaluation.
    static var breakTime: HUDState {
        let now = day + 10_600
        return HUDState(
            kind: .breakTime, start: day + 10_500, end: day + 10_800, now: now,
            endClock: "12:00", title: "Break: stand up and stretch", session: session(now: now),
            awaitingEvaluation: true)
    }

    /// A grace period with 8:20 left.
    static var gracePeriod: HUDState {
        let now = day + 11_000
        return HUDState(
            kind: .gracePeriod, start: day + 10_800, end: day + 11_500, now: now,
            endClock: "12:11", title: "Continue the streak: press s", session: session(now: now))
    }

    /// A start prompt 93 s in, while its reminder holds (the fourth pulse, at 90 s).
    static var startPrompt: HUDState {
        let now = day + 11_093
        return HUDState(
            kind: .startPrompt, start: day + 11_000, end: day + 11_300, now: now,
            endClock: "12:08", title: "Set an intention",
            loss: .init(pointsBefore: 21.25, pointsAfter: 15.25, at: day + 11_300, clock: "12:08"),
            session: session(now: now))
    }

    /// Idle after the session: no end, no day line.
    static var idle: HUDState {
        HUDState(
            kind: .idle, start: day + 8 * 3600, end: nil, now: day + 8 * 3600 + 1234,
            title: "Outside work hours")
    }

    static func state(_ kind: HUDState.Kind) -> HUDState {
        switch kind {
        case .idle: idle
        case .startPrompt: startPrompt
        case .pomodoro: pomodoro
        case .breakTime: breakTime
        case .gracePeriod: gracePeriod
        }
    }
}
