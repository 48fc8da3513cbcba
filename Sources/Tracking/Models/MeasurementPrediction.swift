import RealModule

/// What a measurement model expects to see from a predicted state: ẑ, the innovation
/// covariance S = H P Hᵀ + R and the cross covariance P Hᵀ, computed once and reused by the
/// hypothesiser (for gating) and the updater (for the gain).
public struct MeasurementPrediction: Sendable, Equatable {
    /// ẑ.
    public var mean: SIMD2<Double>
    /// S, symmetric: (s00, s01, s11).
    public var s00: Double, s01: Double, s11: Double
    /// P Hᵀ as two columns.
    public var cross0: SIMD4<Double>, cross1: SIMD4<Double>
    /// When true the second component is an angle in radians and innovations wrap to (−π, π].
    public var secondIsAngle: Bool

    public init(
        mean: SIMD2<Double>, s00: Double, s01: Double, s11: Double, cross0: SIMD4<Double>, cross1: SIMD4<Double>,
        secondIsAngle: Bool = false
    ) {
        self.mean = mean
        self.s00 = s00
        self.s01 = s01
        self.s11 = s11
        self.cross0 = cross0
        self.cross1 = cross1
        self.secondIsAngle = secondIsAngle
    }

    public var determinant: Double { s00 * s11 - s01 * s01 }

    /// ν = z − ẑ, with the angle wrapped.
    public func innovation(_ z: SIMD2<Double>) -> SIMD2<Double> {
        var v = z - mean
        if secondIsAngle {
            let twoPi = 2 * Double.pi
            v[1] = v[1] - twoPi * (v[1] / twoPi).rounded()
        }
        return v
    }

    /// d² = νᵀ S⁻¹ ν, the squared Mahalanobis distance.
    public func mahalanobisSquared(_ v: SIMD2<Double>) -> Double {
        let det = determinant
        guard det > 0 else { return .infinity }
        return (s11 * v[0] * v[0] - 2 * s01 * v[0] * v[1] + s00 * v[1] * v[1]) / det
    }

    /// ln N(ν; 0, S) = −d²/2 − ln(2π) − ½ ln|S|.
    public func logLikelihood(mahalanobisSquared d2: Double) -> Double {
        -0.5 * d2 - 1.8378770664093453 - 0.5 * logDeterminant
    }

    /// ln |S|.
    public var logDeterminant: Double {
        let det = determinant
        return det > 0 ? Double.log(det) : .infinity
    }

    /// The largest eigenvalue of S, for a Euclidean bound on the gate.
    public var largestEigenvalue: Double {
        let m = 0.5 * (s00 + s11), d = 0.5 * (s00 - s11)
        return m + (d * d + s01 * s01).squareRoot()
    }
}
