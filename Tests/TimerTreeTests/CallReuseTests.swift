import Testing

@testable import TimerTree

/// Calls and trunk calls are reused only where no one can tell: a handle anyone holds that ran
/// stays `.called`, with its own id and time.
@Suite struct CallReuseTests {
    @Test func aHeldHandleThatRanStaysCalledWhileRepetitionGoesOn() {
        let (driver, scheduler) = makeScheduler()
        var kept: [ScheduledCall<Double>] = []
        var seen = 0
        repeatedly(scheduler, rule: EverySeconds(1)) { _, next in
            seen += 1
            if seen == 2 { kept.append(next) }
        }
        for _ in 0..<5 { driver.advance(by: 1) }
        #expect(seen == 6)
        #expect(kept.count == 1)
        #expect(kept[0].state == .called)
        #expect(kept[0].when == 2)
        #expect(kept[0].id == 1)
    }

    @Test func droppedHandlesAreReusedAndNewCallsStillGetFreshIDs() {
        let (driver, scheduler) = makeScheduler()
        var ids: [Int] = []
        var whens: [Double] = []
        repeatedly(scheduler, rule: EverySeconds(1)) { _, next in
            ids.append(next.id)
            whens.append(next.when)
        }
        for _ in 0..<4 { driver.advance(by: 1) }
        #expect(ids == [0, 1, 2, 3, 4])
        #expect(whens == [1, 2, 3, 4, 5])
        #expect(scheduler.spareCall == nil || scheduler.spareCall?.state == .called)
    }

    @Test func aWeaklyHeldHandleIsNeverReused() {
        let (driver, scheduler) = makeScheduler()
        weak var watched: ScheduledCall<Double>?
        watched = scheduler.callAt(1) {}
        driver.advance(by: 1)
        let next = scheduler.callAt(2) {}
        #expect(watched == nil || watched?.state == .called)
        #expect(watched !== next)
    }

    @Test func anUnownedHandleIsNeverReused() {
        let (driver, scheduler) = makeScheduler()
        let holder = UnownedHolder(scheduler.callAt(1) {})
        let firstIdentity = holder.identity
        driver.advance(by: 1)
        // The first call is gone (reading `holder.call` would trap), but its memory lives while
        // the unowned reference does, so a new call cannot share its address unless reused.
        let next = scheduler.callAt(2) {}
        #expect(ObjectIdentifier(next) != firstIdentity)
        #expect(next.state == .pending)
        withExtendedLifetime(holder) {}
    }

    @Test func aBranchReArmsItsTrunkCallAndStillFiresEveryTimerOnTime() {
        let (driver, root) = makeScheduler()
        let leaf = branch(branch(root, scale: 2).scheduler, scale: 3).scheduler
        var fired: [(when: Double, now: Double)] = []
        for time in [6.0, 12, 12, 18, 30] {
            leaf.callAt(time) { fired.append((time, leaf.now())) }
        }
        while driver.advance() != nil {}
        #expect(fired.map(\.when) == [6, 12, 12, 18, 30])
        #expect(fired.allSatisfy { $0.now >= $0.when })
        #expect(driver.now() == 5)
        #expect(root.pendingCount == 0)
    }
}

/// Holds a call unowned, the way a caller's `unowned let` would, for as long as it lives.
final class UnownedHolder {
    unowned let call: ScheduledCall<Double>
    let identity: ObjectIdentifier

    init(_ call: ScheduledCall<Double>) {
        self.call = call
        identity = ObjectIdentifier(call)
    }
}
