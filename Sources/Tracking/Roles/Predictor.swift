/// Propagates a belief forward in time: x_{k|k−1} = f(x_{k−1}) + w (Stone Soup's `Predictor`).
public protocol Predictor: Sendable {
    associatedtype State: TrackState
    /// The belief at `time` (seconds), given the belief `prior` at an earlier time.
    func predict(_ prior: State, to time: Double) -> State
    /// The moving mode's process noise q, m²/s³, where its model has one to tune
    /// (`ProcessNoiseLearner`); nil, and setting it does nothing, otherwise.
    var movingNoise: Double? { get set }
}

extension Predictor {
    public var movingNoise: Double? {
        get { nil }
        set {}
    }
}
