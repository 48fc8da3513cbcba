import GuidepostCore
import Testing

/// Range/bearing ⇄ position with covariance, shared by the simulator and the tracker.
@Suite struct RangeBearingTests {
    let sensor = Point(x: 1_034_512.0, y: 2_012_345.0)

    @Test func bearingIsClockwiseFromGridNorthAndRoundTrips() {
        // Due east, 100 m: θ = π/2.
        let east = RangeBearing(from: sensor, to: sensor + Vector2(100, 0))
        #expect(abs(east.range - 100) < 1e-9)
        #expect(abs(east.bearing - Double.pi / 2) < 1e-12)
        var rng = SeededGenerator(seed: 11)
        for _ in 0..<200 {
            let target = sensor + Vector2(rng.uniform() * 6000 - 3000, rng.uniform() * 6000 - 3000)
            let polar = RangeBearing(from: sensor, to: target)
            #expect(polar.position(from: sensor).distance(to: target) < 1e-6)
            #expect(polar.origin(of: target).distance(to: sensor) < 1e-6)
        }
    }

    @Test func covarianceIsTheFirstOrderPropagation() {
        // Due north the range noise lies along y and the bearing noise (× range) along x.
        let north = RangeBearing(range: 1000, bearing: 0)
        let c = north.positionCovariance(rangeSigma: 5, bearingSigma: 0.01)
        #expect(abs(c.yy - 25) < 1e-9)
        #expect(abs(c.xx - 100) < 1e-9)
        #expect(abs(c.xy) < 1e-9)
    }

    @Test func covarianceMatchesMonteCarloSpread() {
        // 1 km at 53°, σ_r 20 m, σ_θ 0.5°: the analytic covariance within 5 % of a 40,000-draw spread.
        var rng = SeededGenerator(seed: 5)
        let truth = RangeBearing(range: 1000, bearing: 53 * radiansPerDegree)
        let (sr, sb) = (20.0, 0.5 * radiansPerDegree)
        let n = 40_000
        var sx = 0.0, sy = 0.0, sxx = 0.0, sxy = 0.0, syy = 0.0
        for _ in 0..<n {
            let z = RangeBearing(range: truth.range + rng.normal() * sr, bearing: truth.bearing + rng.normal() * sb)
            let p = z.position(from: sensor) - sensor
            sx += p.x; sy += p.y
            sxx += p.x * p.x; sxy += p.x * p.y; syy += p.y * p.y
        }
        let analytic = truth.positionCovariance(rangeSigma: sr, bearingSigma: sb)
        let m = Double(n)
        let (mx, my) = (sx / m, sy / m)
        #expect(abs(sxx / m - mx * mx - analytic.xx) / analytic.trace < 0.05)
        #expect(abs(sxy / m - mx * my - analytic.xy) / analytic.trace < 0.05)
        #expect(abs(syy / m - my * my - analytic.yy) / analytic.trace < 0.05)
    }

    @Test func noiseInvertsTheCovarianceExactly() {
        for degrees in stride(from: 0.0, to: 360, by: 37.5) {
            let polar = RangeBearing(range: 1200, bearing: degrees * radiansPerDegree)
            let (sr, sb) = (30.0, 0.25 * radiansPerDegree)
            let n = polar.noise(of: polar.positionCovariance(rangeSigma: sr, bearingSigma: sb))
            #expect(abs(n.rangeSigma - sr) < 1e-9, "bearing \(degrees)°")
            #expect(abs(n.bearingSigma - sb) < 1e-12, "bearing \(degrees)°")
        }
        // An isotropic 5 m covariance at 1 km: σ_r = 5 m, σ_θ = 5 mrad.
        let n = RangeBearing(range: 1000, bearing: 0.7).noise(of: .isotropic(sigma: 5))
        #expect(abs(n.rangeSigma - 5) < 1e-12)
        #expect(abs(n.bearingSigma - 0.005) < 1e-12)
    }

    @Test func jacobianMatchesFiniteDifferences() {
        let target = sensor + Vector2(700, -400)
        let (dr, dtheta) = RangeBearing.jacobian(from: sensor, to: target)
        let h = 1e-3
        let base = RangeBearing(from: sensor, to: target)
        let bx = RangeBearing(from: sensor, to: target + Vector2(h, 0))
        let by = RangeBearing(from: sensor, to: target + Vector2(0, h))
        #expect(abs((bx.range - base.range) / h - dr.x) < 1e-5)
        #expect(abs((by.range - base.range) / h - dr.y) < 1e-5)
        #expect(abs((bx.bearing - base.bearing) / h - dtheta.x) < 1e-8)
        #expect(abs((by.bearing - base.bearing) / h - dtheta.y) < 1e-8)
    }
}
