/// Propagates a belief forward in time: x_{k|k−1} = f(x_{k−1}) + w (Stone Soup's `Predictor`).
public protocol Predictor: Sendable {
    associatedtype State: TrackState
    /// The belief at `time` (seconds), given the belief `prior` at an earlier time.
    func predict(_ prior: State, to time: Double) -> State
}
