/// Controls a branch's time: pause it, resume it, or change how fast it runs.
///
/// Everything scheduled in the branch, and in branches nested inside it, moves together.
public final class BranchManager {
    let driver: BranchDriver

    init(driver: BranchDriver) {
        self.driver = driver
    }

    /// Whether the branch's time is frozen.
    public var isPaused: Bool { driver.isPaused }

    /// How many branch seconds pass per trunk second.
    public var scale: Double { driver.scale }

    /// Freezes branch time; the trunk holds no wake-up for the branch until ``unpause()``.
    ///
    /// Pausing a paused branch does nothing.
    public func pause() { driver.pause() }

    /// Resumes branch time exactly where it stopped. Unpausing a running branch does nothing.
    public func unpause() { driver.unpause() }

    /// Makes branch time run `factor` times as fast as the trunk's from now on.
    ///
    /// Branch time stays continuous: a timer due at branch 1.0 in a ×2 branch, rescaled to ×4
    /// at trunk 0.25 (branch 0.5), fires at trunk 0.375. `factor` must be positive and finite;
    /// to stop time, pause.
    public func changeScale(_ factor: Double) { driver.changeScale(factor) }
}
