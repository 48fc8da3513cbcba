import GuidepostCore

/// Starts a track at one detection: position from the detection with its covariance, velocity
/// zero with standard deviation σ_v in each axis (Stone Soup's `SimpleMeasurementInitiator`).
public struct SinglePointInitiator<State: TrackState>: Initiator {
    /// σ_v, m/s: how fast a new target may be moving.
    public var speedSigma: Double

    public init(speedSigma: Double = 5) {
        precondition(speedSigma > 0, "speed sigma must be positive")
        self.speedSigma = speedSigma
    }

    /// `speedSigma`; a value that is not positive is ignored.
    public var newTargetSpeedSpread: Double? {
        get { speedSigma }
        set { if let v = newValue, v > 0, v.isFinite { speedSigma = v } }
    }

    public func initiate(from detection: Detection) -> State {
        let c = detection.covariance
        let v = speedSigma * speedSigma
        let p = Matrix4(
            SIMD4(c.xx, 0, c.xy, 0), SIMD4(0, v, 0, 0), SIMD4(c.xy, 0, c.yy, 0), SIMD4(0, 0, 0, v))
        let mean = SIMD4(detection.position.x, 0, detection.position.y, 0)
        return State(initial: GaussianState(mean: mean, covariance: p, time: detection.time))
    }
}
