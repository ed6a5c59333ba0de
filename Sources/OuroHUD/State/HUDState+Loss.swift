extension HUDState {
    /// What a start prompt says will be lost: "N points possible, M will be lost at 10:55".
    public struct Loss: Equatable, Sendable {
        /// Points still possible today if a pomodoro starts now (the model's `pointsBeforeLoss`).
        public var pointsBefore: Double
        /// Points still possible after the next loss (the model's `pointsAfterLoss`).
        public var pointsAfter: Double
        /// When the next points are lost (the model's `nextPointLoss`).
        public var at: Double
        /// ``at`` on the wall clock, e.g. `"10:55"`.
        public var clock: String

        /// A loss.
        public init(pointsBefore: Double, pointsAfter: Double, at: Double, clock: String) {
            self.pointsBefore = pointsBefore
            self.pointsAfter = pointsAfter
            self.at = at
            self.clock = clock
        }
    }
}
