public import GuidepostCore
import RealModule

/// Range and bearing from a sensor at a known position, linearised at the prediction (EKF):
/// h(x) = (√(Δx² + Δy²), atan2(Δx, Δy)) with Δ = position − sensor, the bearing clockwise from
/// grid north. H = ∂h/∂x = [[Δx/r, 0, Δy/r, 0], [Δy/r², 0, −Δx/r², 0]], R = diag(σ_r², σ_θ²).
/// The geometry (h, its Jacobian, the converted position) is `GuidepostCore.RangeBearing`.
public struct RangeBearingMeasurementModel: Sendable, Equatable {
    public var sensor: Point
    /// Measured range, metres.
    public var range: Double
    /// Measured bearing, radians clockwise from grid north.
    public var bearing: Double
    /// σ_r, metres.
    public var rangeSigma: Double
    /// σ_θ, radians.
    public var bearingSigma: Double

    public init(sensor: Point, range: Double, bearing: Double, rangeSigma: Double, bearingSigma: Double) {
        self.sensor = sensor
        self.range = range
        self.bearing = bearing
        self.rangeSigma = rangeSigma
        self.bearingSigma = bearingSigma
    }

    /// The Cartesian point the measurement names: sensor + r (sin θ, cos θ).
    public var position: Point { RangeBearing(range: range, bearing: bearing).position(from: sensor) }

    /// ẑ = h(m), S = H P Hᵀ + R, P Hᵀ.
    /// - Complexity: O(1).
    public func predictMeasurement(_ state: GaussianState) -> MeasurementPrediction {
        let target = Point(x: state.mean[0], y: state.mean[2])
        let predicted = RangeBearing(from: sensor, to: target)
        let (dr, dtheta) = RangeBearing.jacobian(from: sensor, to: target)
        let h0 = SIMD4(dr.x, 0, dr.y, 0)
        let h1 = SIMD4(dtheta.x, 0, dtheta.y, 0)
        let p = state.covariance
        let c0 = p * h0, c1 = p * h1
        return MeasurementPrediction(
            mean: SIMD2(predicted.range, predicted.bearing),
            s00: (h0 * c0).sum() + rangeSigma * rangeSigma,
            s01: (h0 * c1).sum(),
            s11: (h1 * c1).sum() + bearingSigma * bearingSigma,
            cross0: c0, cross1: c1, secondIsAngle: true)
    }
}
