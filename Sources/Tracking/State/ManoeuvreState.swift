/// The belief of the three-mode interacting multiple model: one Gaussian each for "stopped"
/// (near-stationary), "walking" (constant velocity, small acceleration noise) and "manoeuvring"
/// (constant velocity, large acceleration noise), with their probabilities μ = (μ_stop, μ_walk,
/// μ_manoeuvre).
public struct ManoeuvreState: TrackState, Equatable {
    public var stopped: GaussianState
    public var walking: GaussianState
    public var manoeuvring: GaussianState
    /// (μ_stop, μ_walk, μ_manoeuvre), summing to 1.
    public var modeProbabilities: SIMD3<Double>

    public init(stopped: GaussianState, walking: GaussianState, manoeuvring: GaussianState, modeProbabilities: SIMD3<Double>) {
        self.stopped = stopped
        self.walking = walking
        self.manoeuvring = manoeuvring
        self.modeProbabilities = modeProbabilities
    }

    /// A new track is as likely stopped as manoeuvring, and walking as likely as either.
    public init(initial: GaussianState) {
        self.init(stopped: initial, walking: initial, manoeuvring: initial, modeProbabilities: SIMD3(0.25, 0.5, 0.25))
    }

    public var stationaryProbability: Double? { modeProbabilities[0] }

    /// Moment matching: m = Σ μᵢ mᵢ,  P = Σ μᵢ (Pᵢ + (mᵢ − m)(mᵢ − m)ᵀ).
    public var gaussian: GaussianState { Self.combine(stopped, walking, manoeuvring, modeProbabilities) }

    static func combine(_ a: GaussianState, _ b: GaussianState, _ c: GaussianState, _ mu: SIMD3<Double>) -> GaussianState {
        let m = a.mean * mu[0] + b.mean * mu[1] + c.mean * mu[2]
        let da = a.mean - m, db = b.mean - m, dc = c.mean - m
        let p =
            (a.covariance + Matrix4.outer(da, da)) * mu[0] + (b.covariance + Matrix4.outer(db, db)) * mu[1]
            + (c.covariance + Matrix4.outer(dc, dc)) * mu[2]
        return GaussianState(mean: m, covariance: p, time: a.time)
    }
}
