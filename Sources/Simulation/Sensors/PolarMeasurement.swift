public import GuidepostCore
import Foundation

/// A range–bearing measurement from a sensor at a known position, and its conversion to a
/// planar position with covariance.
///
/// Bearing θ is in degrees clockwise from grid north (DESIGN.md), so the target is at
/// p = s + r (sin θ, cos θ). The position covariance is the first-order propagation
/// Σ = J diag(σ_r², σ_θ²) Jᵀ with J = ∂p/∂(r, θ) = [[sin θ, r cos θ], [cos θ, −r sin θ]] (θ in radians).
public struct PolarMeasurement: Hashable, Sendable {
    public var sensor: Point
    /// Measured range, metres.
    public var range: Double
    /// Measured bearing, degrees clockwise from grid north, in [0, 360).
    public var bearing: Double
    public var rangeSigma: Double
    /// Bearing noise (1σ), degrees.
    public var bearingSigma: Double

    public init(sensor: Point, range: Double, bearing: Double, rangeSigma: Double, bearingSigma: Double) {
        self.sensor = sensor
        self.range = range
        self.bearing = bearing
        self.rangeSigma = rangeSigma
        self.bearingSigma = bearingSigma
    }

    /// A noisy measurement of `target` from `sensor`.
    public static func measure(
        target: Point, from sensor: Point, rangeSigma: Double, bearingSigma: Double, using rng: inout SeededGenerator
    ) -> PolarMeasurement {
        let dx = target.x - sensor.x, dy = target.y - sensor.y
        let trueRange = (dx * dx + dy * dy).squareRoot()
        let trueBearing = atan2(dx, dy) * degreesPerRadian
        let r = max(0, trueRange + rng.normal(mean: 0, sigma: rangeSigma))
        var b = (trueBearing + rng.normal(mean: 0, sigma: bearingSigma)).truncatingRemainder(dividingBy: 360)
        if b < 0 { b += 360 }
        return PolarMeasurement(sensor: sensor, range: r, bearing: b, rangeSigma: rangeSigma, bearingSigma: bearingSigma)
    }

    /// The measured position.
    public var position: Point {
        let th = bearing * radiansPerDegree
        return Point(x: sensor.x + range * sin(th), y: sensor.y + range * cos(th))
    }

    /// The position covariance, first-order.
    public var covariance: Covariance2 {
        let th = bearing * radiansPerDegree
        let st = sin(th), ct = cos(th)
        let sr2 = rangeSigma * rangeSigma
        let sb = bearingSigma * radiansPerDegree * range
        let sb2 = sb * sb
        return Covariance2(
            xx: st * st * sr2 + ct * ct * sb2,
            xy: st * ct * sr2 - ct * st * sb2,
            yy: ct * ct * sr2 + st * st * sb2)
    }
}
