/// The belief of the two-mode stop-and-go interacting multiple model: one Gaussian for
/// "moving" (constant velocity) and one for "stopped" (near-stationary), with their
/// probabilities μ = (μ_move, μ_stop).
public struct StopGoState: TrackState, Equatable {
    public var moving: GaussianState
    public var stopped: GaussianState
    /// (μ_move, μ_stop), summing to 1.
    public var modeProbabilities: SIMD2<Double>

    public init(moving: GaussianState, stopped: GaussianState, modeProbabilities: SIMD2<Double>) {
        self.moving = moving
        self.stopped = stopped
        self.modeProbabilities = modeProbabilities
    }

    /// A new track starts moving with probability 0.5.
    public init(initial: GaussianState) {
        self.init(moving: initial, stopped: initial, modeProbabilities: SIMD2(0.5, 0.5))
    }

    public var stationaryProbability: Double? { modeProbabilities[1] }

    /// Moment matching: m = Σ μᵢ mᵢ,  P = Σ μᵢ (Pᵢ + (mᵢ − m)(mᵢ − m)ᵀ).
    public var gaussian: GaussianState {
        StopGoState.combine(moving, stopped, modeProbabilities)
    }

    static func combine(_ a: GaussianState, _ b: GaussianState, _ mu: SIMD2<Double>) -> GaussianState {
        let m = a.mean * mu[0] + b.mean * mu[1]
        let da = a.mean - m, db = b.mean - m
        let p = (a.covariance + Matrix4.outer(da, da)) * mu[0] + (b.covariance + Matrix4.outer(db, db)) * mu[1]
        return GaussianState(mean: m, covariance: p, time: a.time)
    }
}
