import GuidepostCore
import Simulation
import Testing

@Suite struct PolarMeasurementTests {
    @Test func bearingIsClockwiseFromNorth() {
        let m = PolarMeasurement(sensor: Point(x: 1_000_000, y: 2_000_000), range: 100, bearing: 90, rangeSigma: 1, bearingSigma: 0.1)
        #expect(abs(m.position.x - 1_000_100) < 1e-9)
        #expect(abs(m.position.y - 2_000_000) < 1e-9)
    }

    @Test func covarianceMatchesMonteCarloSpread() {
        var rng = SeededGenerator(seed: 5)
        let sensor = Point(x: 1_050_000, y: 2_010_000)
        let target = Point(x: 1_050_800, y: 2_010_600)  // 1 km away, bearing ≈ 53°
        let n = 40_000
        var sx = 0.0, sy = 0.0, sxx = 0.0, sxy = 0.0, syy = 0.0
        var analytic = Covariance2(xx: 0, yy: 0)
        for _ in 0..<n {
            let m = PolarMeasurement.measure(target: target, from: sensor, rangeSigma: 20, bearingSigma: 0.5, using: &rng)
            let p = m.position
            sx += p.x; sy += p.y
            sxx += p.x * p.x; sxy += p.x * p.y; syy += p.y * p.y
            analytic = m.covariance
        }
        let mx = sx / Double(n), my = sy / Double(n)
        let cxx = sxx / Double(n) - mx * mx, cxy = sxy / Double(n) - mx * my, cyy = syy / Double(n) - my * my
        #expect(abs(cxx - analytic.xx) / analytic.trace < 0.05)
        #expect(abs(cxy - analytic.xy) / analytic.trace < 0.05)
        #expect(abs(cyy - analytic.yy) / analytic.trace < 0.05)
        #expect(target.distance(to: Point(x: mx, y: my)) < 1)
    }

    /// A range the noise took to zero (or near it) still gives a usable, positive definite
    /// covariance: the cross-range spread is taken at one σ_r from the sensor. Beyond σ_r the
    /// covariance is the first-order one.
    @Test(arguments: [0.0, 0.5, 3.9])
    func aRangeNearTheSensorKeepsACrossRangeSpread(range: Double) {
        let (rangeSigma, bearingSigma) = (4.0, 0.3)
        let m = PolarMeasurement(
            sensor: Point(x: 1_000_000, y: 2_000_000), range: range, bearing: 30, rangeSigma: rangeSigma, bearingSigma: bearingSigma)
        let c = m.covariance
        #expect(c.xx > 0 && c.yy > 0 && c.determinant > 0)
        // Along the bearing, σ_r²; across it, (σ_r σ_θ)²: the determinant is their product.
        let across = rangeSigma * bearingSigma * Double.pi / 180
        #expect(abs(c.determinant - rangeSigma * rangeSigma * across * across) / c.determinant < 1e-9)
        #expect(abs(c.trace - (rangeSigma * rangeSigma + across * across)) < 1e-9)
    }

    @Test func beyondOneRangeSigmaTheCovarianceIsFirstOrder() {
        let m = PolarMeasurement(sensor: Point(x: 1_000_000, y: 2_000_000), range: 800, bearing: 120, rangeSigma: 20, bearingSigma: 0.5)
        let first = RangeBearing(range: 800, bearing: 120 * Double.pi / 180).positionCovariance(rangeSigma: 20, bearingSigma: 0.5 * Double.pi / 180)
        #expect(m.covariance == first)
    }
}
