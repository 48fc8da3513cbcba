import RealModule

/// The prediction half of a two-mode interacting multiple model (Blom & Bar-Shalom 1988):
/// "moving" and "stopped", because a person hides by day and walks by night.
///
/// Mode switching over Δt: π_mm = e^{−Δt/τ_move}, π_ss = e^{−Δt/τ_stop}.
/// Mixing: c_j = Σᵢ πᵢⱼ μᵢ,  μᵢ|ⱼ = πᵢⱼ μᵢ / c_j,  m⁰ⱼ = Σᵢ μᵢ|ⱼ mᵢ,
/// P⁰ⱼ = Σᵢ μᵢ|ⱼ (Pᵢ + (mᵢ − m⁰ⱼ)(mᵢ − m⁰ⱼ)ᵀ); then each mode is predicted with its own model and
/// the predicted mode probabilities are c.
/// - Complexity: O(1).
public struct StopGoIMMPredictor<Moving: TransitionModel, Stopped: TransitionModel>: Predictor {
    public var moving: KalmanPredictor<Moving>
    public var stopped: KalmanPredictor<Stopped>
    /// Mean time spent moving before a stop, seconds.
    public var meanMovingTime: Double
    /// Mean time spent stopped before moving again, seconds.
    public var meanStoppedTime: Double

    public init(moving: Moving, stopped: Stopped, meanMovingTime: Double = 300, meanStoppedTime: Double = 300) {
        precondition(meanMovingTime > 0 && meanStoppedTime > 0, "mean sojourn times must be positive")
        self.moving = KalmanPredictor(transitionModel: moving)
        self.stopped = KalmanPredictor(transitionModel: stopped)
        self.meanMovingTime = meanMovingTime
        self.meanStoppedTime = meanStoppedTime
    }

    /// The moving mode's q.
    public var movingNoise: Double? {
        get { moving.movingNoise }
        set { moving.movingNoise = newValue }
    }

    public func predict(_ prior: StopGoState, to time: Double) -> StopGoState {
        let dt = time - prior.moving.time
        if dt == 0 { return prior }
        let pmm = Double.exp(-dt / meanMovingTime), pss = Double.exp(-dt / meanStoppedTime)
        let mu = prior.modeProbabilities
        let cMove = pmm * mu[0] + (1 - pss) * mu[1]
        let cStop = (1 - pmm) * mu[0] + pss * mu[1]
        let intoMove = cMove > 0 ? SIMD2(pmm * mu[0], (1 - pss) * mu[1]) / cMove : SIMD2(0.5, 0.5)
        let intoStop = cStop > 0 ? SIMD2((1 - pmm) * mu[0], pss * mu[1]) / cStop : SIMD2(0.5, 0.5)
        let mixedMove = StopGoState.combine(prior.moving, prior.stopped, intoMove)
        let mixedStop = StopGoState.combine(prior.moving, prior.stopped, intoStop)
        return StopGoState(
            moving: moving.predict(mixedMove, to: time), stopped: stopped.predict(mixedStop, to: time),
            modeProbabilities: SIMD2(cMove, cStop))
    }
}
