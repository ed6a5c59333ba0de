import FoundationEssentials
import OuroCore

// OuroCoreBench: how loading and advancing a long history grows with its length.
//
//   swift run -c release OuroCoreBench        (or: make bench-core)
//
// For 1, 2, 5 and 10 years of synthetic history it times, as the median of several runs:
//   load+advance  decode the binary snapshot, build the Nexus, advance 90 s (`ouro status`);
//                 then its two parts alone: decode, and build the Nexus from decoded records
//   prompt        one advance that creates a start prompt (the ideal-future simulation)
//   score today   the score events of the current day
//   json load     decoding the same snapshot from JSON instead, for comparison
// Budget (DESIGN.md): load + advance a 10-year history ≤ 20 ms, growing at most linearly.

/// Milliseconds taken by `body`.
func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let elapsed = try clock.measure(body)
    let parts = elapsed.components
    return Double(parts.seconds) * 1000 + Double(parts.attoseconds) / 1e15
}

/// The median of `runs` timings of `body`, in milliseconds.
func median(runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs { times.append(try milliseconds(body)) }
    times.sort()
    return times[times.count / 2]
}

func format(_ value: Double, _ digits: Int = 3) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    return String(rounded)
}

print(
    "years  pomodoros  intervals  snapshot   build s   load+advance ms  (decode  init)  "
        + "prompt ms  score-today ms  json load ms")
var budgetMet = true
for years in [1, 2, 5, 10] {
    var history = Nexus()
    let build = try milliseconds { history = try History.make(years: years) }
    let snapshot = history.snapshot
    let bytes = snapshot.encoded()
    let now = history.now!
    let pomodoros = snapshot.intervals.count { $0.kind == .pomodoro }

    let load = try median(runs: 21) {
        var nexus = try Nexus(snapshot: NexusSnapshot(encoded: bytes))
        nexus.advance(to: now + 90)
        precondition(nexus.currentInterval != nil)
    }

    // Advances that create a prompt, on one uniquely held model (as a store would hold it).
    var live = try Nexus(snapshot: NexusSnapshot(encoded: bytes))
    var promptTimes: [Double] = []
    var time = now
    while promptTimes.count < 15 {
        time += 1000
        let before = live.live.nextIntervalID
        let elapsed = milliseconds { live.advance(to: time) }
        if live.live.nextIntervalID > before, live.currentInterval?.kind == .startPrompt {
            promptTimes.append(elapsed)
        }
        if time > now + 6 * 3600 { break }
    }
    promptTimes.sort()
    let prompt = promptTimes.isEmpty ? .nan : promptTimes[promptTimes.count / 2]

    let today = now - (now.truncatingRemainder(dividingBy: 86_400))
    var todayPoints = 0.0
    let scoreToday = median(runs: 21) {
        todayPoints = history.score(from: today, through: today + 86_400)
    }

    let json = try JSONEncoder().encode(snapshot)
    let jsonLoad = try median(runs: 3) {
        var nexus = try Nexus(snapshot: JSONDecoder().decode(NexusSnapshot.self, from: json))
        nexus.advance(to: now + 90)
    }
    if years == 10 && load > 20 { budgetMet = false }
    var decoded = snapshot
    let decodeOnly = try median(runs: 21) { decoded = try NexusSnapshot(encoded: bytes) }
    let initOnly = try median(runs: 21) { _ = try Nexus(snapshot: decoded) }
    print(
        [
            "\(years)".padding(5), "\(pomodoros)".padding(9),
            "\(snapshot.intervals.count)".padding(9),
            "\(bytes.count / 1024) KiB".padding(9), format(build / 1000, 2).padding(8),
            format(load).padding(16), "(\(format(decodeOnly, 2))".padding(7),
            "\(format(initOnly, 2)))".padding(6), format(prompt).padding(9),
            format(scoreToday).padding(14),
            format(jsonLoad, 1) + " (\(json.count / 1024) KiB)",
        ].joined(separator: "  "))
    _ = todayPoints
}
print(budgetMet ? "load+advance of 10 years is within 20 ms" : "OVER BUDGET: load+advance > 20 ms")
