import OuroCore
import TimerTree

/// A synthetic history made by driving the real model through years of workdays: a
/// Monday–Friday 09:00–17:00 rule, four full streaks a day (16 pomodoros, each evaluated),
/// a new intention with an estimate every four pomodoros (achieved on its last), and a
/// manual evening session every second Friday.
enum History {
    /// Monday 1 January 2018, 00:00 UTC.
    static let origin = 1_514_764_800.0
    static let day = 86_400.0

    /// The model after `years` of use, left idle in a session at 09:10 on the next workday.
    static func make(years: Int) throws -> Nexus {
        var nexus = Nexus()
        try nexus.addWorkHourRule(
            weekdays: [.monday, .tuesday, .wednesday, .thursday, .friday],
            from: WallTime(hour: 9, minute: 0)!, to: WallTime(hour: 17, minute: 0)!,
            zone: .utc, at: origin)
        var intention = 0
        var pomodorosOnIntention = 0
        let days = years * 365
        for index in 0..<days where index % 7 < 5 {
            let midnight = origin + Double(index) * day
            if index % 14 == 4 {
                try nexus.addSession(
                    from: midnight + 19 * 3600, to: midnight + 21 * 3600, at: midnight + 8 * 3600)
            }
            var time = midnight + 9 * 3600 + 120
            for _ in 0..<4 {
                for position in 0..<4 {
                    if pomodorosOnIntention == 0 {
                        intention = try nexus.addIntention(
                            title: "intention \(nexus.live.nextIntentionID)",
                            description: "synthetic", estimate: 4000, at: time)
                    }
                    let pomodoro: Int
                    switch try nexus.startPomodoro(intention: intention, at: time) {
                    case .started(let id), .continued(let id): pomodoro = id
                    case let other: fatalError("history: unexpected \(other) at \(time)")
                    }
                    let end = nexus.currentInterval!.end
                    pomodorosOnIntention += 1
                    let achieved = pomodorosOnIntention == 4
                    try nexus.evaluate(
                        pomodoro: pomodoro, as: achieved ? .achieved : .focused, at: end + 30)
                    if achieved { pomodorosOnIntention = 0 }
                    time = nexus.currentInterval!.end + (position == 3 ? 600 : 0)
                }
            }
        }
        var next = days
        while next % 7 >= 5 { next += 1 }
        nexus.advance(to: origin + Double(next) * day + 9 * 3600 + 600)
        return nexus
    }
}
