import RealModule

/// A range and bearing from an origin (a sensor), and its conversion to and from a planar
/// position with covariance. The one place this geometry lives: the simulator measures with it,
/// the tracker converts and linearises with it.
///
/// The bearing θ is in radians clockwise from grid north (DESIGN.md), so the target is at
/// p = s + r (sin θ, cos θ), and from s to p: r = √(Δx² + Δy²), θ = atan2(Δx, Δy).
/// Differences are taken before squaring, so origins and targets a million metres from the
/// frame's origin (EPSG:5179) lose no precision.
public struct RangeBearing: Hashable, Sendable {
    /// r, metres.
    public var range: Double
    /// θ, radians clockwise from grid north.
    public var bearing: Double

    public init(range: Double, bearing: Double) {
        self.range = range
        self.bearing = bearing
    }

    /// The exact range and bearing of `target` seen from `origin`; θ in (−π, π].
    public init(from origin: Point, to target: Point) {
        let dx = target.x - origin.x, dy = target.y - origin.y
        self.init(range: (dx * dx + dy * dy).squareRoot(), bearing: Double.atan2(y: dx, x: dy))
    }

    /// The unit vector along the line of sight, u = (sin θ, cos θ).
    public var lineOfSight: Vector2 { Vector2(Double.sin(bearing), Double.cos(bearing)) }

    /// The point named: s + r (sin θ, cos θ).
    public func position(from origin: Point) -> Point {
        Point(x: origin.x + range * Double.sin(bearing), y: origin.y + range * Double.cos(bearing))
    }

    /// The origin a point seen at this range and bearing was seen from: p − r (sin θ, cos θ).
    public func origin(of target: Point) -> Point {
        Point(x: target.x - range * Double.sin(bearing), y: target.y - range * Double.cos(bearing))
    }

    /// The position covariance of independent range and bearing noise, to first order:
    /// Σ = J diag(σ_r², σ_θ²) Jᵀ with J = ∂p/∂(r, θ) = [[sin θ, r cos θ], [cos θ, −r sin θ]].
    /// - Parameters: `rangeSigma` σ_r in metres, `bearingSigma` σ_θ in radians.
    public func positionCovariance(rangeSigma: Double, bearingSigma: Double) -> Covariance2 {
        let st = Double.sin(bearing), ct = Double.cos(bearing)
        let sr2 = rangeSigma * rangeSigma
        let sb = bearingSigma * range
        let sb2 = sb * sb
        return Covariance2(
            xx: st * st * sr2 + ct * ct * sb2,
            xy: st * ct * sr2 - ct * st * sb2,
            yy: ct * ct * sr2 + st * st * sb2)
    }

    /// The inverse of `positionCovariance`: the range and bearing noise (1σ; metres, radians)
    /// a position covariance implies at this range and bearing. Its variance along the line of
    /// sight u = (sin θ, cos θ) is σ_r², across it, v = (cos θ, −sin θ), (r σ_θ)². Variances are
    /// floored at 0.01 m² and the range at 1 m so a degenerate covariance still gives a usable σ.
    public func noise(of covariance: Covariance2) -> (rangeSigma: Double, bearingSigma: Double) {
        let u = lineOfSight, v = Vector2(u.y, -u.x)
        let m = covariance.matrix
        let radial = u.dot(m * u), tangential = v.dot(m * v)
        return (max(radial, 0.01).squareRoot(), max(tangential, 0.01).squareRoot() / max(range, 1))
    }

    /// The Jacobian of (r, θ) with respect to the target's position, at the target seen from
    /// `origin`: ∂(r, θ)/∂(x, y) = [[Δx/r, Δy/r], [Δy/r², −Δx/r²]] (r² floored at 10⁻⁶ m²).
    /// The rows are returned as the two gradients.
    public static func jacobian(from origin: Point, to target: Point) -> (range: Vector2, bearing: Vector2) {
        let dx = target.x - origin.x, dy = target.y - origin.y
        let r2 = max(dx * dx + dy * dy, 1e-6)
        let r = r2.squareRoot()
        return (Vector2(dx / r, dy / r), Vector2(dy / r2, -dx / r2))
    }
}
