/// Creates a branch of `trunk`: a scheduler whose time derives from the trunk's.
///
/// At scale 1 the branch reads the trunk's time, minus any time it spent paused. At any other
/// scale it reads 0 at creation and then `(trunk time − creation time) × scale`. Branches
/// nest, and scales multiply: a ×2 branch inside a ×3 branch runs six times as fast as the
/// root. The branch keeps at most one call in its trunk, for its earliest timer.
///
/// `scale` must be positive and finite; to stop a branch's time, pause it.
public func branch(
    _ trunk: Scheduler<Double>, scale: Double = 1
) -> (manager: BranchManager, scheduler: Scheduler<Double>) {
    let driver = BranchDriver(trunk: trunk, scale: scale)
    return (BranchManager(driver: driver), Scheduler(driver: driver))
}
