/// Drives a branch scheduler from its trunk: derives branch time from trunk time and keeps at
/// most one call in the trunk, for the branch's earliest timer.
///
/// Branch time is `(trunk − trunkOrigin) × scale + branchOrigin`; pausing, unpausing and
/// rescaling move the origins so branch time stays continuous. When the origins coincide at
/// scale 1 (a branch never paused or rescaled), branch time *is* trunk time, exactly.
final class BranchDriver: TimeDriver {
    typealias Time = Double

    let trunk: Scheduler<Double>
    private(set) var scale: Double
    private var trunkOrigin: Double
    private var branchOrigin: Double
    /// Branch time while paused; nil while running.
    private var frozen: Double?
    private var wakeUp: (time: Double, work: () -> Void)?
    private var trunkCall: ScheduledCall<Double>?
    /// The trunk call's work, made once: a closure per re-arm would be an allocation.
    private var fireWork: () -> Void = {}

    init(trunk: Scheduler<Double>, scale: Double) {
        precondition(scale > 0 && scale.isFinite, "a branch's scale must be positive and finite")
        self.trunk = trunk
        self.scale = scale
        let start = trunk.now()
        trunkOrigin = start
        branchOrigin = scale == 1 ? start : 0
        // Unowned: the trunk's queue must not keep the branch alive (that would be a cycle
        // through `trunk`); the branch scheduler and its manager own this driver, and `deinit`
        // cancels the trunk call, so the closure never runs after `self` is gone.
        fireWork = { [unowned self] in self.fire() }
    }

    deinit {
        trunkCall?.cancel()
    }

    var isPaused: Bool { frozen != nil }

    func now() -> Double {
        frozen ?? branchTime(atTrunk: trunk.now())
    }

    func reschedule(at time: Double, _ work: @escaping () -> Void) {
        wakeUp = (time, work)
        armTrunk()
    }

    func unschedule() {
        wakeUp = nil
        trunkCall?.cancel()
        trunkCall = nil
    }

    func pause() {
        guard frozen == nil else { return }
        frozen = now()
        trunkCall?.cancel()
        trunkCall = nil
    }

    func unpause() {
        guard let frozen else { return }
        branchOrigin = frozen
        trunkOrigin = trunk.now()
        self.frozen = nil
        armTrunk()
    }

    func changeScale(_ factor: Double) {
        precondition(factor > 0 && factor.isFinite, "a branch's scale must be positive and finite")
        if frozen == nil {
            branchOrigin = now()
            trunkOrigin = trunk.now()
        }
        scale = factor
        armTrunk()
    }

    private func branchTime(atTrunk time: Double) -> Double {
        if scale == 1 && trunkOrigin == branchOrigin { return time }
        return (time - trunkOrigin) * scale + branchOrigin
    }

    /// The earliest trunk time at which branch time has reached `time`.
    ///
    /// The algebraic inverse can round to a trunk time whose branch time is a hair early, so
    /// step up through representable trunk times (galloping, for very slow branches) until
    /// branch time is at least `time`. Branch time is monotonic in trunk time, so a trunk call
    /// firing at or after the result never sees branch time before `time`.
    private func trunkTime(atBranch time: Double) -> Double {
        var trunkTime: Double
        if scale == 1 && trunkOrigin == branchOrigin {
            trunkTime = time
        } else {
            trunkTime = (time - branchOrigin) / scale + trunkOrigin
        }
        var step = trunkTime.ulp
        while branchTime(atTrunk: trunkTime) < time {
            trunkTime = Swift.max(trunkTime + step, trunkTime.nextUp)
            step *= 2
        }
        return trunkTime
    }

    /// Keeps exactly one trunk call, for the pending wake-up, unless paused or idle.
    ///
    /// The trunk call never leaves this driver, so once it has run it is re-armed in place
    /// rather than replaced: one allocation less per level of the tree on every firing.
    private func armTrunk() {
        // Reads the time alone: binding the whole wake-up would retain its work.
        guard frozen == nil, let wakeUpTime = wakeUp?.time else {
            trunkCall?.cancel()
            trunkCall = nil
            return
        }
        let time = trunkTime(atBranch: wakeUpTime)
        if let call = trunkCall, call.state == .called, trunk.canRearm {
            trunk.rearm(call, at: time, fireWork)
        } else {
            trunkCall?.cancel()
            trunkCall = trunk.callAt(time, fireWork)
        }
    }

    /// Runs the branch's wake-up from its trunk call, which has just run and is kept for reuse.
    private func fire() {
        guard let time = wakeUp?.time else { return }
        guard now() >= time else {
            // Unreachable while branch time is monotonic; re-arming is the safe answer anyway.
            armTrunk()
            return
        }
        // Taken, not copied: a copy would retain the work only to release it again.
        if let due = wakeUp.take() { due.work() }
    }
}
