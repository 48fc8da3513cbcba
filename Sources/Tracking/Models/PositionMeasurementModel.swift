public import GuidepostCore

/// Linear Gaussian position measurement: z = H x + v, H = [[1, 0, 0, 0], [0, 0, 1, 0]],
/// v ~ N(0, R). Stone Soup's `LinearGaussian(ndim_state=4, mapping=(0, 2))`.
public struct PositionMeasurementModel: Sendable, Equatable {
    /// R, m².
    public var noise: Covariance2

    public init(noise: Covariance2) { self.noise = noise }

    /// ẑ = H m, S = H P Hᵀ + R, P Hᵀ = columns 0 and 2 of P.
    /// - Complexity: O(1).
    @inline(__always)
    public func predictMeasurement(_ state: GaussianState) -> MeasurementPrediction {
        let p = state.covariance
        let c0 = SIMD4(p.r0[0], p.r1[0], p.r2[0], p.r3[0])
        let c1 = SIMD4(p.r0[2], p.r1[2], p.r2[2], p.r3[2])
        return MeasurementPrediction(
            mean: SIMD2(state.mean[0], state.mean[2]),
            s00: p.r0[0] + noise.xx, s01: p.r0[2] + noise.xy, s11: p.r2[2] + noise.yy,
            cross0: c0, cross1: c1)
    }
}
