/// Linear Kalman prediction: m⁻ = F m,  P⁻ = F P Fᵀ + Q, with F and Q from the transition model
/// for Δt = time − prior.time.
/// - Complexity: O(1) (fixed 4×4 algebra, no allocation).
public struct KalmanPredictor<Model: TransitionModel>: Predictor {
    public var transitionModel: Model

    public init(transitionModel: Model) { self.transitionModel = transitionModel }

    public var movingNoise: Double? {
        get { transitionModel.tunableNoise }
        set { transitionModel.tunableNoise = newValue }
    }

    @inline(__always)
    public func predict(_ prior: GaussianState, to time: Double) -> GaussianState {
        let dt = time - prior.time
        if dt == 0 { return prior }
        let f = transitionModel.transitionMatrix(over: dt)
        return GaussianState(
            mean: f * prior.mean,
            covariance: (f * prior.covariance * f.transposed + transitionModel.noiseCovariance(over: dt)).symmetrised,
            time: time)
    }
}
