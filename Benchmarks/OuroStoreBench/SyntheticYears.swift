import OuroCore
import OuroStore
import TimerTree

/// Years of use written through the store, one transaction per workday, as `ouro` itself
/// writes them: the same synthetic routine as OuroCoreBench's history (Monday–Friday
/// 09:00–17:00, four full streaks a day, every pomodoro evaluated, a new intention with an
/// estimate every four pomodoros, achieved on its last, an evening session every second
/// Friday).
struct SyntheticYears {
    /// Monday 4 January 2016, 00:00 UTC: ten years of history end in the present.
    static let origin = 1_451_865_600.0
    static let day = 86_400.0

    let store: Store
    private var intention = 0
    private var pomodorosOnIntention = 0

    init(store: Store) { self.store = store }

    /// Writes `years` of workdays and returns the time just after the last one's first
    /// start prompt: where `ouro status` is measured.
    mutating func write(years: Int) throws -> Double {
        _ = try store.update(at: Self.origin) { model, observer in
            try model.addWorkHourRule(
                weekdays: [.monday, .tuesday, .wednesday, .thursday, .friday],
                from: WallTime(hour: 9, minute: 0)!, to: WallTime(hour: 17, minute: 0)!,
                zone: .utc, at: Self.origin, observer: observer)
        }
        for index in 0..<(years * 365) where index % 7 < 5 {
            try workday(at: Self.origin + Double(index) * Self.day, evening: index % 14 == 4)
        }
        var next = years * 365
        while next % 7 >= 5 { next += 1 }
        return Self.origin + Double(next) * Self.day + 9 * 3_600 + 600
    }

    /// One workday in one transaction: sixteen pomodoros in four streaks.
    private mutating func workday(at midnight: Double, evening: Bool) throws {
        let scope = WorkingSetScope(intentionIDs: intention > 0 ? [intention] : [])
        var intention = self.intention
        var count = pomodorosOnIntention
        _ = try store.update(at: midnight + 8 * 3_600, scope: scope) { model, observer in
            if evening {
                try model.addSession(
                    from: midnight + 19 * 3_600, to: midnight + 21 * 3_600,
                    at: midnight + 8 * 3_600, observer: observer)
            }
            var time = midnight + 9 * 3_600 + 120
            for streakPosition in 0..<16 {
                if count == 0 {
                    intention = try model.addIntention(
                        title: "intention \(model.live.nextIntentionID)", description: "synthetic",
                        estimate: 4_000, at: time, observer: observer)
                }
                let pomodoro: IntervalRecord
                switch try model.startPomodoro(intention: intention, at: time, observer: observer) {
                case .started(let id), .continued(let id): pomodoro = model.interval(id)!
                case let other: fatalError("synthetic years: \(other) at \(time)")
                }
                count += 1
                let achieved = count == 4
                try model.evaluate(
                    pomodoro: pomodoro.id, as: achieved ? .achieved : .focused,
                    at: pomodoro.end + 30, observer: observer)
                if achieved { count = 0 }
                time = model.currentInterval!.end + (streakPosition % 4 == 3 ? 600 : 0)
            }
        }
        self.intention = intention
        pomodorosOnIntention = count
    }
}
