import TimerTree

/// Workload sizes shared with `fritter_bench.py`.
enum Workload {
    static let oneShotCount = 100_000
    static let horizon = 1000.0
    static let treeTimerCount = 10_000

    /// Drains the driver with `advance()` until idle; returns how many calls it took.
    static func drain(_ driver: MemoryDriver) -> Int {
        var count = 0
        while driver.isScheduled {
            driver.advance()
            count += 1
        }
        return count
    }

    /// (a) and (b): 100,000 one-shot timers at random times; (b) cancels every other one.
    ///
    /// Each callback records its time in a ``FiringLog`` (see there why), from which the
    /// firings and out-of-order firings are counted after the timed region, as in Python.
    static func oneShot(seed: UInt64, cancel: Bool) -> Report {
        var random = MersenneTwister(seed: seed)
        let times = (0..<oneShotCount).map { _ in random.uniform(0, horizon) }
        let log = FiringLog(capacity: oneShotCount)
        defer { log.deallocate() }
        let t0 = wallSeconds()
        let driver = MemoryDriver()
        let scheduler = Scheduler(driver: driver)
        let handles = times.map { time in scheduler.callAt(time) { log.record(time) } }
        let t1 = wallSeconds()
        if cancel {
            for index in stride(from: 0, to: handles.count, by: 2) { handles[index].cancel() }
        }
        let t2 = wallSeconds()
        let extra = withExtendedLifetime(scheduler) {
            driver.advance(by: horizon)
            return drain(driver)
        }
        let t3 = wallSeconds()
        // Python's `handles` list lives until its function returns, after the last reading;
        // ours too, or Swift may free the calls as they run, inside the timed region.
        withExtendedLifetime(handles) {}
        let fired = log.recorded
        let expected = cancel ? oneShotCount / 2 : oneShotCount
        precondition(fired.count == expected, "fired \(fired.count), expected \(expected)")
        let inversions = zip(fired, fired.dropFirst()).count { $0 > $1 }
        return [
            ("schedule_s", .seconds(t1 - t0)), ("cancel_s", .seconds(t2 - t1)),
            ("advance_s", .seconds(t3 - t2)), ("total_s", .seconds(t3 - t0)),
            ("fired", .count(fired.count)), ("extra_advance_calls", .count(extra)),
            ("out_of_order_firings", .count(inversions)),
        ]
    }

    /// (c) and (c_ticks): 1,000 lock-step 30 Hz repeaters for 60 s, event-driven or by ticks.
    static func repeating(ticks: Bool) -> Report {
        // Work calls and steps, as Python's `nonlocal` counters (see ``Tally``).
        let tally = Tally()
        defer { tally.deallocate() }
        let t0 = wallSeconds()
        let driver = MemoryDriver()
        let scheduler = Scheduler(driver: driver)
        for _ in 0..<1000 {
            repeatedly(scheduler, rule: EverySeconds(1.0 / 30)) { steps, _ in tally.add(1, steps) }
        }
        let t1 = wallSeconds()
        var wakeUps = 0
        withExtendedLifetime(scheduler) {
            if ticks {
                for _ in 0..<3600 {
                    driver.advance(by: 1.0 / 60)
                    wakeUps += 1
                }
            } else {
                while let next = driver.nextWakeUp, next <= 60 {
                    driver.advance()
                    wakeUps += 1
                }
            }
        }
        let t2 = wallSeconds()
        return [
            ("setup_s", .seconds(t1 - t0)), ("advance_s", .seconds(t2 - t1)),
            ("total_s", .seconds(t2 - t0)), ("work_calls", .count(tally.first)),
            ("steps_total", .count(tally.second)), ("driver_advance_calls", .count(wakeUps)),
            ("final_now", .time(driver.now())),
        ]
    }

    /// (d): 10,000 timers over the 8 leaves of a depth-3 tree of scaled branches.
    static func tree(seed: UInt64) -> Report {
        var random = MersenneTwister(seed: seed)
        let times = (0..<treeTimerCount).map { _ in random.uniform(0, horizon) }
        // Firings and firings before the leaf's time, as Python's `nonlocal` counters.
        let tally = Tally()
        defer { tally.deallocate() }
        let t0 = wallSeconds()
        let driver = MemoryDriver()
        let root = Scheduler(driver: driver)
        var leaves: [Scheduler<Double>] = []
        for s1 in [2.0, 0.5] {
            let b1 = branch(root, scale: s1).scheduler
            for s2 in [3.0, 1.0 / 3] {
                let b2 = branch(b1, scale: s2).scheduler
                for s3 in [1.5, 0.75] {
                    leaves.append(branch(b2, scale: s3).scheduler)
                }
            }
        }
        for (index, time) in times.enumerated() {
            let leaf = leaves[index % leaves.count]
            leaf.callAt(time) { tally.add(1, leaf.now() < time ? 1 : 0) }
        }
        let t1 = wallSeconds()
        let advances = withExtendedLifetime(leaves) { drain(driver) }
        let t2 = wallSeconds()
        let fired = tally.first
        precondition(fired == treeTimerCount, "fired \(fired)")
        return [
            ("setup_s", .seconds(t1 - t0)), ("advance_s", .seconds(t2 - t1)),
            ("total_s", .seconds(t2 - t0)), ("fired", .count(fired)),
            ("fired_before_leaf_time", .count(tally.second)),
            ("driver_advance_calls", .count(advances)),
            ("final_root_now", .time(driver.now())),
        ]
    }
}
