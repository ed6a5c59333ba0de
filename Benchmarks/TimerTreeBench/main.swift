// Runs the TimerTree side of `shared/bench/fritter_bench.py`: the same workloads, seed and
// output format, so `Benchmarks/timertree.sh` can compare the two line by line.
//
// Usage: TimerTreeBench SCENARIO [--runs 5] [--seed 20240307]
// SCENARIO is one of a, b, b_lazy (the same as b: our heap is already O(log n)), c, c_ticks, d.

import Glibc

let scenarios: [String: (UInt64) -> Report] = [
    "a": { Workload.oneShot(seed: $0, cancel: false) },
    "b": { Workload.oneShot(seed: $0, cancel: true) },
    "b_lazy": { Workload.oneShot(seed: $0, cancel: true) },
    "c": { _ in Workload.repeating(ticks: false) },
    "c_ticks": { _ in Workload.repeating(ticks: true) },
    "d": { Workload.tree(seed: $0) },
]

var arguments = CommandLine.arguments.dropFirst()
var runs = 5
var seed: UInt64 = 20_240_307
var scenarioName: String?
while let argument = arguments.popFirst() {
    switch argument {
    case "--runs": runs = arguments.popFirst().flatMap { Int($0) } ?? runs
    case "--seed": seed = arguments.popFirst().flatMap { UInt64($0) } ?? seed
    default: scenarioName = argument
    }
}
guard let scenarioName, let scenario = scenarios[scenarioName], runs > 0 else {
    print("usage: TimerTreeBench {a|b|b_lazy|c|c_ticks|d} [--runs N] [--seed S]")
    exit(2)
}

print("swift TimerTree")
var reports: [Report] = []
for run in 0..<runs {
    let cpuStart = cpuSeconds()
    var report = scenario(seed)
    report.append(("cpu_total_s", .seconds(cpuSeconds() - cpuStart)))
    reports.append(report)
    print("run \(run): " + report.map { "\($0.key)=\($0.value.text)" }.joined(separator: " "))
}
let medians = reports[0].indices.compactMap { index -> String? in
    guard case .seconds = reports[0][index].value else { return nil }
    let values = reports.map { report -> Double in
        if case .seconds(let value) = report[index].value { return value }
        return 0
    }.sorted()
    let middle = values.count / 2
    let median = values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
    return "\(reports[0][index].key)=\(fixed4(median))"
}
print("MEDIAN \(scenarioName) (\(runs) runs): " + medians.joined(separator: " "))
