import Foundation
import GuidepostCore
import Testing

@testable import guidepost

/// The range/bearing noise the tracker assumes is the one each detection's covariance implies.
@Suite struct PolarNoiseTests {
    @Test func isotropicCovarianceGivesItsSigmaInRangeAndSigmaOverRangeInBearing() {
        let n = TrackRunContext.polarNoise(of: .isotropic(sigma: 5), range: 1000, bearing: 0.7)
        #expect(abs(n.range - 5) < 1e-12)
        #expect(abs(n.bearing - 0.005) < 1e-12)
    }

    @Test func aPolarCovarianceIsInvertedExactly() {
        // Build Σ = J diag(σr², (rσθ)²) Jᵀ the way the simulator does, then recover σr and σθ.
        for bearingDegrees in stride(from: 0.0, to: 360, by: 37.5) {
            let theta = bearingDegrees * radiansPerDegree
            let (sr, sb, r) = (30.0, 0.25 * radiansPerDegree, 1200.0)
            let u = Vector2(Foundation.sin(theta), Foundation.cos(theta))
            let v = Vector2(Foundation.cos(theta), -Foundation.sin(theta))
            let st = r * sb
            let cov = Covariance2(
                xx: sr * sr * u.x * u.x + st * st * v.x * v.x, xy: sr * sr * u.x * u.y + st * st * v.x * v.y,
                yy: sr * sr * u.y * u.y + st * st * v.y * v.y)
            let n = TrackRunContext.polarNoise(of: cov, range: r, bearing: theta)
            #expect(abs(n.range - sr) < 1e-9, "bearing \(bearingDegrees)")
            #expect(abs(n.bearing - sb) < 1e-12, "bearing \(bearingDegrees)")
        }
    }
}
