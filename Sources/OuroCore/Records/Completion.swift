/// How and when an intention was completed: its last pomodoro evaluated *achieved*.
///
/// The points are fixed at the achieving evaluation, when every pomodoro of the intention
/// has ended, so scoring a window needs only this record, not the intention's old pomodoros.
public struct Completion: Codable, Sendable, Hashable {
    /// The achieving pomodoro.
    public var pomodoroID: Int
    /// When the achieving evaluation was given.
    public var at: Double
    /// The intention-completed points: 10 + min(5, pomodoros − 1).
    public var points: Double
    /// The estimate-accuracy points (0 without estimates).
    public var accuracyPoints: Double

    /// A completion record.
    public init(pomodoroID: Int, at: Double, points: Double, accuracyPoints: Double) {
        self.pomodoroID = pomodoroID
        self.at = at
        self.points = points
        self.accuracyPoints = accuracyPoints
    }
}
