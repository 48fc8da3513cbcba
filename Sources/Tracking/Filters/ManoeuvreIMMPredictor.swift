import RealModule

/// The prediction half of a three-mode interacting multiple model (Blom & Bar-Shalom 1988):
/// "stopped", "walking" and "manoeuvring". People hide by day and walk by night; an animal
/// ambles, then bolts; a vehicle turns. One constant-velocity model with one process noise q fits
/// none of them well, and a q set for the wrong target loses it (a q of 0.02 m²/s³ on targets
/// that manoeuvre at 1 m²/s³ doubled GOSPA on Stone Soup's simulator): so the filter carries a
/// small-q and a large-q mode and lets the measurements say which holds now (Bar-Shalom, Li &
/// Kirubarajan 2001, §11.6: the IMM as the remedy for an unknown process noise).
///
/// Mode j is left over Δt with probability 1 − e^{−Δt/τⱼ}, to the other two in the proportions
/// `exits`. Mixing: c_j = Σᵢ πᵢⱼ μᵢ,  μᵢ|ⱼ = πᵢⱼ μᵢ / c_j,  m⁰ⱼ = Σᵢ μᵢ|ⱼ mᵢ,
/// P⁰ⱼ = Σᵢ μᵢ|ⱼ (Pᵢ + (mᵢ − m⁰ⱼ)(mᵢ − m⁰ⱼ)ᵀ); each mode is then predicted with its own model
/// and the predicted mode probabilities are c.
/// - Complexity: O(1).
public struct ManoeuvreIMMPredictor<Stopped: TransitionModel, Moving: TransitionModel>: Predictor {
    public var stopped: KalmanPredictor<Stopped>
    public var walking: KalmanPredictor<Moving>
    public var manoeuvring: KalmanPredictor<Moving>
    /// Mean sojourn in each mode (stopped, walking, manoeuvring), seconds.
    public var sojourns: SIMD3<Double>
    /// Where a mode goes when left: row i gives the shares of the other modes (its own entry 0).
    public var exits: (SIMD3<Double>, SIMD3<Double>, SIMD3<Double>)

    public init(
        stopped: Stopped, walking: Moving, manoeuvring: Moving, sojourns: SIMD3<Double> = SIMD3(300, 300, 60),
        exits: (SIMD3<Double>, SIMD3<Double>, SIMD3<Double>) = (SIMD3(0, 0.8, 0.2), SIMD3(0.5, 0, 0.5), SIMD3(0.3, 0.7, 0))
    ) {
        precondition(sojourns.min() > 0, "mean sojourn times must be positive")
        self.stopped = KalmanPredictor(transitionModel: stopped)
        self.walking = KalmanPredictor(transitionModel: walking)
        self.manoeuvring = KalmanPredictor(transitionModel: manoeuvring)
        self.sojourns = sojourns
        self.exits = exits
    }

    /// The walking mode's q; tuning keeps it at most the manoeuvring mode's.
    public var movingNoise: Double? {
        get { walking.movingNoise }
        set { walking.movingNoise = newValue.map { q in manoeuvring.movingNoise.map { min(q, $0) } ?? q } }
    }

    public func predict(_ prior: ManoeuvreState, to time: Double) -> ManoeuvreState {
        let dt = time - prior.walking.time
        if dt == 0 { return prior }
        // π[i][j]: from mode i to mode j over dt.
        let stay = SIMD3(
            Double.exp(-dt / sojourns[0]), Double.exp(-dt / sojourns[1]), Double.exp(-dt / sojourns[2]))
        var pi = (exits.0 * (1 - stay[0]), exits.1 * (1 - stay[1]), exits.2 * (1 - stay[2]))
        pi.0[0] = stay[0]
        pi.1[1] = stay[1]
        pi.2[2] = stay[2]
        let mu = prior.modeProbabilities
        let c = pi.0 * mu[0] + pi.1 * mu[1] + pi.2 * mu[2]
        func mixed(_ j: Int) -> GaussianState {
            guard c[j] > 0 else { return prior.gaussian }
            let w = SIMD3(pi.0[j] * mu[0], pi.1[j] * mu[1], pi.2[j] * mu[2]) / c[j]
            return ManoeuvreState.combine(prior.stopped, prior.walking, prior.manoeuvring, w)
        }
        return ManoeuvreState(
            stopped: stopped.predict(mixed(0), to: time), walking: walking.predict(mixed(1), to: time),
            manoeuvring: manoeuvring.predict(mixed(2), to: time), modeProbabilities: c / c.sum())
    }
}
