import Foundation
import Testing
import TimerTree

/// The cost of an idle loop: one timer a second for ten seconds, on the wall clock.
///
/// Opt-in, and it asserts only counts: `OURO_MEASURE_IDLE=1 swift test --disable-xctest
/// --filter IdleLoopMeasurement`. It prints the loop thread's CPU time (utime + stime from
/// `/proc/thread-self/stat`), its CPU clock, its voluntary context switches, and how late the wake-ups ran.
@Suite struct IdleLoopMeasurement {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["OURO_MEASURE_IDLE"] != nil))
    func idleLoopWithOneTimerASecond() throws {
        let (loop, wall, scheduler) = try makeLoop(EpochSeconds.self)
        let start = scheduler.now()
        var steps = 0
        var lateness: [Double] = []
        let before = ThreadUsage.read()
        repeatedly(scheduler, rule: EverySeconds(1), reference: start + 1) { count, next in
            steps += count
            lateness.append(scheduler.now() - (next.when - 1))
            if steps == 10 { next.cancel() }
        }
        loop.run()
        let after = ThreadUsage.read()
        let elapsed = wall.now() - start
        #expect(steps == 10)
        let cpu = after.cpuSeconds - before.cpuSeconds
        print(
            """
            idle loop: \(steps) wake-ups in \(String(format: "%.3f", elapsed)) s; \
            CPU \(String(format: "%.3f", cpu * 1000)) ms \
            (\(String(format: "%.4f", cpu / elapsed * 100)) % of a core); \
            voluntary context switches \(after.voluntarySwitches - before.voluntarySwitches); \
            thread CPU clock \(String(format: "%.3f", (after.threadCPU - before.threadCPU) * 1000)) ms; \
            lateness ms \(lateness.dropFirst().map { String(format: "%.3f", $0 * 1000) })
            """)
    }
}

/// The current thread's CPU time and voluntary context switches, from `/proc/thread-self`.
struct ThreadUsage {
    var cpuSeconds: Double
    var voluntarySwitches: Int
    /// `CLOCK_THREAD_CPUTIME_ID`, finer than the stat file's clock ticks.
    var threadCPU: Double

    static func read() -> ThreadUsage {
        let stat = (try? String(contentsOfFile: "/proc/thread-self/stat", encoding: .utf8)) ?? ""
        // Fields after the parenthesised name: state is field 3, utime 14, stime 15.
        let fields = stat.split(separator: ")").last?.split(separator: " ") ?? []
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        let utime = Double(fields.count > 12 ? fields[11] : "0") ?? 0
        let stime = Double(fields.count > 12 ? fields[12] : "0") ?? 0
        let status =
            (try? String(contentsOfFile: "/proc/thread-self/status", encoding: .utf8)) ?? ""
        let switches =
            status.split(separator: "\n")
            .first { $0.hasPrefix("voluntary_ctxt_switches") }
            .flatMap { Int($0.split(separator: "\t").last ?? "") } ?? -1
        var cpu = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu)
        return ThreadUsage(
            cpuSeconds: (utime + stime) / ticks, voluntarySwitches: switches,
            threadCPU: Double(cpu.tv_sec) + Double(cpu.tv_nsec) / 1e9)
    }
}
