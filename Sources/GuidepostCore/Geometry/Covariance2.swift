/// A symmetric positive semi-definite 2×2 covariance of a position, in m².
///
/// Encoded in JSON as `[[xx, xy], [xy, yy]]`, the interchange form of DESIGN.md.
public struct Covariance2: Hashable, Sendable {
    public var xx: Double
    public var xy: Double
    public var yy: Double

    public init(xx: Double, xy: Double = 0, yy: Double) {
        self.xx = xx
        self.xy = xy
        self.yy = yy
    }

    /// An isotropic covariance σ²·I for a standard deviation `sigma` in metres.
    public static func isotropic(sigma: Double) -> Covariance2 { Covariance2(xx: sigma * sigma, yy: sigma * sigma) }

    public var matrix: Matrix2 { Matrix2(xx, xy, xy, yy) }
    public var determinant: Double { xx * yy - xy * xy }
    public var trace: Double { xx + yy }

    /// True when the matrix is finite, symmetric by construction, and positive semi-definite.
    public var isValid: Bool {
        xx.isFinite && xy.isFinite && yy.isFinite && xx >= 0 && yy >= 0 && determinant >= -1e-9 * max(1, xx * yy)
    }

    /// The covariance of R·X for a rotation or linear map R: R Σ Rᵀ.
    public func transformed(by r: Matrix2) -> Covariance2 {
        let m = r * matrix * r.transposed
        return Covariance2(xx: m.a, xy: 0.5 * (m.b + m.c), yy: m.d)
    }

    /// Squared Mahalanobis distance of `v` under this covariance, vᵀ Σ⁻¹ v; infinity when singular.
    public func mahalanobisSquared(_ v: Vector2) -> Double {
        let det = determinant
        guard det > 0 else { return .infinity }
        return (yy * v.x * v.x - 2 * xy * v.x * v.y + xx * v.y * v.y) / det
    }

    public static func + (l: Covariance2, r: Covariance2) -> Covariance2 {
        Covariance2(xx: l.xx + r.xx, xy: l.xy + r.xy, yy: l.yy + r.yy)
    }
}

extension Covariance2: Codable {
    public init(from decoder: any Decoder) throws {
        let rows = try decoder.singleValueContainer().decode([[Double]].self)
        guard rows.count == 2, rows[0].count == 2, rows[1].count == 2 else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "expected a 2×2 array [[xx, xy], [xy, yy]]"))
        }
        self.init(xx: rows[0][0], xy: 0.5 * (rows[0][1] + rows[1][0]), yy: rows[1][1])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode([[xx, xy], [xy, yy]])
    }
}
