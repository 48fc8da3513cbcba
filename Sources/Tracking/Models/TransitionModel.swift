/// How a target's state evolves over time: x_k = F(Δt) x_{k−1} + w,  w ~ N(0, Q(Δt)).
public protocol TransitionModel: Sendable {
    /// F(Δt) for a step of `dt` seconds.
    func transitionMatrix(over dt: Double) -> Matrix4
    /// Q(Δt), the process noise covariance for a step of `dt` seconds.
    func noiseCovariance(over dt: Double) -> Matrix4
    /// The process noise q (m²/s³) that the measurements may tune (`ProcessNoiseLearner`), for
    /// a model that has one; nil, and setting it does nothing, otherwise.
    var tunableNoise: Double? { get set }
}

extension TransitionModel {
    public var tunableNoise: Double? {
        get { nil }
        set {}
    }
}
