public import GuidepostCore

/// A fence-zone alarm: the target touched the fence somewhere along the zone's segment AB.
///
/// Modelled as a linear position measurement at the segment's midpoint whose noise is the
/// uniform distribution along the segment matched in its second moment, plus a small spread
/// across it: R = U diag(L²/12, σ⊥²) Uᵀ, U = [û, û⊥], û = (B − A)/L.
public struct FenceSegmentMeasurementModel: Sendable, Equatable {
    public var start: Point
    public var end: Point
    /// σ⊥, metres.
    public var acrossSigma: Double

    public init(start: Point, end: Point, acrossSigma: Double = 2) {
        self.start = start
        self.end = end
        self.acrossSigma = acrossSigma
    }

    public var measurementVector: SIMD2<Double> {
        SIMD2(0.5 * (start.x + end.x), 0.5 * (start.y + end.y))
    }

    /// R, m².
    public var noise: Covariance2 {
        let d = end - start
        let length = d.length
        let u = length > 0 ? d / length : Vector2(1, 0)
        let along = length * length / 12, across = acrossSigma * acrossSigma
        return Covariance2(
            xx: along * u.x * u.x + across * u.y * u.y,
            xy: (along - across) * u.x * u.y,
            yy: along * u.y * u.y + across * u.x * u.x)
    }

    /// ẑ = H m, S = H P Hᵀ + R.
    public func predictMeasurement(_ state: GaussianState) -> MeasurementPrediction {
        PositionMeasurementModel(noise: noise).predictMeasurement(state)
    }
}
