@preconcurrency import Glibc

/// What an ``EventLoop`` needs of a driver: its clock, its next wake-up, and a step.
///
/// Internal: the loop takes ``RealTimeDriver``s, whatever their clock.
protocol LoopDriver: AnyObject {
    /// The clock whose timer descriptor wakes this driver.
    var clockID: clockid_t { get }
    /// The clock time of the pending wake-up, if any.
    var nextWakeUp: Double? { get }
    /// Runs the pending wake-up if it is due; whether anything ran.
    func runDue() -> Bool
}
