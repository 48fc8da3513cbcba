import RealModule

/// A target that has stopped, or is creeping: velocity decays towards zero with time constant
/// τ (Ornstein–Uhlenbeck), position wanders by a small random walk.
///
/// Per axis, with a = e^{−Δt/τ}: F = [[1, τ(1 − a)], [0, a]],
/// Q = [[σ_p² Δt, 0], [0, σ_v² (1 − a²)]], where σ_p² (m²/s) is the position diffusion and σ_v
/// (m/s) the steady-state speed spread while "stopped". This is the second mode of the
/// stop-and-go IMM: a person who hides by day and walks by night.
public struct NearStationary: TransitionModel {
    /// τ, seconds.
    public var velocityTimeConstant: Double
    /// σ_p², m²/s.
    public var positionDiffusion: Double
    /// σ_v, m/s.
    public var residualSpeed: Double

    public init(velocityTimeConstant: Double = 2, positionDiffusion: Double = 0.01, residualSpeed: Double = 0.05) {
        precondition(velocityTimeConstant > 0, "the velocity time constant must be positive")
        self.velocityTimeConstant = velocityTimeConstant
        self.positionDiffusion = positionDiffusion
        self.residualSpeed = residualSpeed
    }

    public func transitionMatrix(over dt: Double) -> Matrix4 {
        let a = Double.exp(-dt / velocityTimeConstant)
        let g = velocityTimeConstant * (1 - a)
        return Matrix4(SIMD4(1, g, 0, 0), SIMD4(0, a, 0, 0), SIMD4(0, 0, 1, g), SIMD4(0, 0, 0, a))
    }

    public func noiseCovariance(over dt: Double) -> Matrix4 {
        let a = Double.exp(-dt / velocityTimeConstant)
        let p = positionDiffusion * dt, v = residualSpeed * residualSpeed * (1 - a * a)
        return .diagonal(p, v, p, v)
    }
}
