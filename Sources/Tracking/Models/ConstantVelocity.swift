/// Nearly constant velocity (white-noise acceleration) in two axes; Stone Soup's
/// `CombinedLinearGaussianTransitionModel([ConstantVelocity(q)] * 2)`.
///
/// Per axis, F = [[1, Δt], [0, 1]] and Q = q [[Δt³/3, Δt²/2], [Δt²/2, Δt]], where q (m²/s³) is
/// the power spectral density of the acceleration noise (Bar-Shalom, Li & Kirubarajan 2001, §6.2.2).
public struct ConstantVelocity: TransitionModel {
    /// q, m²/s³.
    public var noiseDiffusion: Double

    public init(noiseDiffusion: Double) {
        precondition(noiseDiffusion >= 0 && noiseDiffusion.isFinite, "noise diffusion must be a finite number ≥ 0")
        self.noiseDiffusion = noiseDiffusion
    }

    /// q, which `ProcessNoiseLearner` tunes (a negative or non-finite value is ignored).
    public var tunableNoise: Double? {
        get { noiseDiffusion }
        set {
            guard let q = newValue, q >= 0, q.isFinite else { return }
            noiseDiffusion = q
        }
    }

    public func transitionMatrix(over dt: Double) -> Matrix4 {
        Matrix4(SIMD4(1, dt, 0, 0), SIMD4(0, 1, 0, 0), SIMD4(0, 0, 1, dt), SIMD4(0, 0, 0, 1))
    }

    public func noiseCovariance(over dt: Double) -> Matrix4 {
        let q = noiseDiffusion
        let a = q * dt * dt * dt / 3, b = q * dt * dt / 2, c = q * dt
        return Matrix4(SIMD4(a, b, 0, 0), SIMD4(b, c, 0, 0), SIMD4(0, 0, a, b), SIMD4(0, 0, b, c))
    }
}
