/// What a tracker assumes now of the conditions it learns from its detections (each as
/// configured where that learning is off): shown by `guidepost track --stats` so that a user can
/// see what the tracker took the scene to be.
public struct LearntConditions: Sendable, Equatable {
    /// The moving (walking) mode's process noise q, m²/s³; nil for a model without one.
    public var movingNoise: Double?
    /// τ, the mean time a target stays in view, seconds (`LifetimeLearner`).
    public var meanLifetime: Double
    /// σ_v of a new track's velocity in each axis, m/s (`SpeedSpreadLearner`); nil for an
    /// initiator without one.
    public var newTargetSpeedSpread: Double?
    /// Each sensor's P̂_s by sensor index (`SensorDetectionRates`); empty where P_D is not learnt.
    public var sensorDetectionProbabilities: [Int: Double]
    /// n₀, the looks' worth of a sensor's P̂_s in each track's own P̂_D (`DetectionRate`,
    /// learnt by `DetectionRateDispersion`); nil where tracks do not learn their own.
    public var trackDetectionPriorWeight: Double?

    public init(
        movingNoise: Double?, meanLifetime: Double, newTargetSpeedSpread: Double?,
        sensorDetectionProbabilities: [Int: Double] = [:], trackDetectionPriorWeight: Double? = nil
    ) {
        self.movingNoise = movingNoise
        self.meanLifetime = meanLifetime
        self.newTargetSpeedSpread = newTargetSpeedSpread
        self.sensorDetectionProbabilities = sensorDetectionProbabilities
        self.trackDetectionPriorWeight = trackDetectionPriorWeight
    }
}
