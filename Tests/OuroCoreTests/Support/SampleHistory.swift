import OuroCore

/// A model that has used every feature: intentions with estimates, completed and abandoned,
/// evaluations, prompts, manual sessions, custom rules, and a streak still running.
func sampleHistory() throws -> Nexus {
    var nexus = Nexus()
    try nexus.addSession(from: 1000, to: 9000, at: 0)
    let write = try nexus.addIntention(
        title: "write — “draft”", description: "ch. 1", estimate: 1200, at: 0)
    let read = try nexus.addIntention(title: "read", at: 10)
    let drop = try nexus.addIntention(title: "drop", at: 20)
    nexus.advance(to: 1100)
    try nexus.startPomodoro(intention: write, at: 1200)
    try nexus.estimate(write, duration: 900, at: 1250)
    try nexus.startPomodoro(intention: write, at: 1850)
    try nexus.evaluate(pomodoro: 2, as: .focused, at: 1900)
    try nexus.evaluate(pomodoro: 4, as: .achieved, at: 2000)
    try nexus.startPomodoro(intention: read, at: 2300)
    try nexus.abandon(drop, at: 2400)
    nexus.advance(to: 4000)
    try nexus.startPomodoro(intention: read, at: 4100)
    nexus.setStreakRules(StreakRules(minutes: [(25, 5), (50, nil)])!, at: 4200)
    try nexus.evaluate(pomodoro: 8, as: .interrupted, at: 4300)
    nexus.advance(to: 6000)
    try nexus.startPomodoro(intention: read, at: 6300)
    nexus.advance(to: 6400)
    return nexus
}

/// A fresh model with the intention "write" (id 1) whose first pomodoro started at 0.
func pomodoroStartedAtZero() throws -> (nexus: Nexus, intention: Int) {
    var nexus = Nexus()
    let id = try nexus.addIntention(title: "write", at: 0)
    try nexus.startPomodoro(intention: id, at: 0)
    return (nexus, id)
}
