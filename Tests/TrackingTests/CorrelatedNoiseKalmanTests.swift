import Foundation
import GuidepostCore
import Testing
import Tracking

/// The Kalman, extended Kalman and IMM updates against an oracle written out here, with
/// CORRELATED measurement noise (off-diagonal R, as a fence zone's noise along a slanted
/// segment has) and a correlated prior (x–y and position–velocity terms in P): with diagonal
/// R and P the cross terms of the gain multiply zeros, so a wrong sign there passes every
/// uncorrelated test.
///
/// The oracle is textbook linear algebra on plain arrays — K = P Hᵀ S⁻¹ with the 2×2 inverse
/// spelt out, m⁺ = m + K ν, and the posterior covariance in Joseph form
/// (I − K H) P (I − K H)ᵀ + K R Kᵀ, a different formula from the code's P − K (P Hᵀ)ᵀ — sharing
/// nothing with the code under test but the inputs.
@Suite struct CorrelatedNoiseKalmanTests {
    typealias M = [[Double]]

    static func mul(_ a: M, _ b: M) -> M {
        let n = a.count, m = b[0].count, k = b.count
        return (0..<n).map { i in (0..<m).map { j in (0..<k).reduce(0.0) { $0 + a[i][$1] * b[$1][j] } } }
    }

    static func transpose(_ a: M) -> M { (0..<a[0].count).map { j in a.map { $0[j] } } }
    static func add(_ a: M, _ b: M) -> M { zip(a, b).map { zip($0, $1).map(+) } }
    static func sub(_ a: M, _ b: M) -> M { zip(a, b).map { zip($0, $1).map(-) } }
    static let identity4: M = (0..<4).map { i in (0..<4).map { $0 == i ? 1.0 : 0.0 } }

    /// [[a, b], [c, d]]⁻¹ = 1/(ad − bc) [[d, −b], [−c, a]].
    static func inverse2(_ s: M) -> M {
        let det = s[0][0] * s[1][1] - s[0][1] * s[1][0]
        return [[s[1][1] / det, -s[0][1] / det], [-s[1][0] / det, s[0][0] / det]]
    }

    static func rows(_ p: Matrix4) -> M { (0..<4).map { i in (0..<4).map { p[i, $0] } } }

    /// The oracle: (K, m⁺, P⁺, S) for prior (m, P), Jacobian H (2×4), noise R and innovation ν.
    static func oracle(mean m: [Double], covariance p: M, h: M, r: M, innovation v: [Double]) -> (k: M, mean: [Double], cov: M, s: M) {
        let pht = mul(p, transpose(h))
        let s = add(mul(h, pht), r)
        let k = mul(pht, inverse2(s))
        let mean = (0..<4).map { i in m[i] + k[i][0] * v[0] + k[i][1] * v[1] }
        let ikh = sub(identity4, mul(k, h))
        let cov = add(mul(mul(ikh, p), transpose(ikh)), mul(mul(k, r), transpose(k)))
        return (k, mean, cov, s)
    }

    /// A prior with every kind of correlation: x–y, position–velocity, and across axes.
    static let prior = GaussianState(
        mean: SIMD4(origin.x + 3, 1.1, origin.y - 4, -0.6),
        covariance: Matrix4(
            SIMD4(40, 6, 18, 2), SIMD4(6, 4, 1.5, 0.5), SIMD4(18, 1.5, 30, -5), SIMD4(2, 0.5, -5, 3)),
        time: 0)

    static let positionH: M = [[1, 0, 0, 0], [0, 0, 1, 0]]

    static func expectClose(_ posterior: GaussianState, _ o: (k: M, mean: [Double], cov: M, s: M), _ what: String) {
        for i in 0..<4 {
            #expect(abs(posterior.mean[i] - o.mean[i]) < 1e-7, "\(what): mean[\(i)] \(posterior.mean[i]) ≠ \(o.mean[i])")
            for j in 0..<4 {
                #expect(
                    abs(posterior.covariance[i, j] - o.cov[i][j]) < 1e-8 * max(1, abs(o.cov[i][j])),
                    "\(what): P[\(i),\(j)] \(posterior.covariance[i, j]) ≠ \(o.cov[i][j])")
            }
        }
    }

    @Test func theOracleIsNotTrivial() {
        // The case below really exercises the cross terms: the off-diagonal of S and of the gain
        // are large, so flipping a sign moves the answer.
        let r: M = [[25, -15], [-15, 16]]
        let o = Self.oracle(
            mean: (0..<4).map { Self.prior.mean[$0] }, covariance: Self.rows(Self.prior.covariance), h: Self.positionH, r: r,
            innovation: [5, -3])
        #expect(abs(o.s[0][1]) > 2)
        #expect(abs(o.k[0][1]) > 0.05 && abs(o.k[2][0]) > 0.05 && abs(o.k[1][1]) > 0.01)
        // Joseph form equals P − K S Kᵀ for the optimal gain (a check on the oracle itself).
        let simple = Self.sub(Self.rows(Self.prior.covariance), Self.mul(Self.mul(o.k, o.s), Self.transpose(o.k)))
        for i in 0..<4 { for j in 0..<4 { #expect(abs(simple[i][j] - o.cov[i][j]) < 1e-9) } }
    }

    @Test(arguments: [
        (25.0, -15.0, 16.0), (25.0, 15.0, 16.0), (4.0, 1.9, 1.0), (100.0, -60.0, 49.0),
    ])
    func positionUpdateWithCorrelatedNoise(xx: Double, xy: Double, yy: Double) {
        let r = Covariance2(xx: xx, xy: xy, yy: yy)
        let z = Point(x: origin.x + 8, y: origin.y - 7)
        let detection = Detection(time: 0, position: z, covariance: r)
        let u = KalmanUpdater()
        let prediction = u.predictMeasurement(Self.prior, for: detection)
        let posterior = u.update(Self.prior, with: detection, prediction: prediction)
        let v = [z.x - Self.prior.mean[0], z.y - Self.prior.mean[2]]
        let o = Self.oracle(
            mean: (0..<4).map { Self.prior.mean[$0] }, covariance: Self.rows(Self.prior.covariance), h: Self.positionH,
            r: [[xx, xy], [xy, yy]], innovation: v)
        #expect(abs(prediction.s00 - o.s[0][0]) < 1e-9 && abs(prediction.s01 - o.s[0][1]) < 1e-9 && abs(prediction.s11 - o.s[1][1]) < 1e-9)
        Self.expectClose(posterior, o, "position R=(\(xx), \(xy), \(yy))")
        // d² = νᵀ S⁻¹ ν with the same inverse.
        let si = Self.inverse2(o.s)
        let d2 = v[0] * (si[0][0] * v[0] + si[0][1] * v[1]) + v[1] * (si[1][0] * v[0] + si[1][1] * v[1])
        #expect(abs(prediction.mahalanobisSquared(prediction.innovation(detection.measurementVector)) - d2) < 1e-9)
        // ln N(ν; 0, S) = −d²/2 − ln 2π − ½ ln |S|.
        let det = o.s[0][0] * o.s[1][1] - o.s[0][1] * o.s[1][0]
        let logLikelihood = -0.5 * d2 - log(2 * Double.pi) - 0.5 * log(det)
        #expect(abs(prediction.logLikelihood(mahalanobisSquared: d2) - logLikelihood) < 1e-9)
    }

    @Test(arguments: [20.0, 65.0, 135.0, 160.0])
    func fenceSegmentUpdateWithItsElongatedNoise(angleDegrees: Double) {
        // A 300 m fence zone at the given angle from grid east; R = U diag(L²/12, σ⊥²) Uᵀ is
        // written out here from the angle (not from the model's own formula).
        let length = 300.0, across = 2.0
        let a = angleDegrees * Double.pi / 180
        let (c, s) = (cos(a), sin(a))
        let mid = Point(x: origin.x + 10, y: origin.y + 5)
        let start = Point(x: mid.x - 0.5 * length * c, y: mid.y - 0.5 * length * s)
        let end = Point(x: mid.x + 0.5 * length * c, y: mid.y + 0.5 * length * s)
        let model = FenceSegmentMeasurementModel(start: start, end: end, acrossSigma: across)
        let along2 = length * length / 12, across2 = across * across
        let u: M = [[c, -s], [s, c]]
        let r = Self.mul(Self.mul(u, [[along2, 0], [0, across2]]), Self.transpose(u))
        #expect(abs(r[0][1]) > 100, "a slanted fence's noise is strongly correlated")
        #expect(abs(model.noise.xx - r[0][0]) < 1e-6 && abs(model.noise.xy - r[0][1]) < 1e-6 && abs(model.noise.yy - r[1][1]) < 1e-6)
        let detection = Detection(time: 0, position: mid, covariance: model.noise, measurement: .fenceSegment(model))
        let updater = KalmanUpdater()
        let posterior = updater.update(Self.prior, with: detection, prediction: updater.predictMeasurement(Self.prior, for: detection))
        let o = Self.oracle(
            mean: (0..<4).map { Self.prior.mean[$0] }, covariance: Self.rows(Self.prior.covariance), h: Self.positionH, r: r,
            innovation: [mid.x - Self.prior.mean[0], mid.y - Self.prior.mean[2]])
        Self.expectClose(posterior, o, "fence at \(angleDegrees)°")
    }

    @Test(arguments: [(800.0, 0.3), (1500.0, 2.2), (600.0, -2.8), (1200.0, 3.1)])
    func rangeBearingEKFUpdateWithACorrelatedPrior(range: Double, bearing: Double) {
        // EKF: h(x) = (√(Δx² + Δy²), atan2(Δx, Δy)), the bearing clockwise from grid north;
        // H = [[Δx/r, 0, Δy/r, 0], [Δy/r², 0, −Δx/r², 0]] at the prior mean; R = diag(σr², σθ²).
        // The position prior's correlation makes S, and so the gain, non-diagonal.
        let sensor = Point(x: origin.x - 300, y: origin.y - 200)
        let sr = 6.0, sb = 0.004
        let model = RangeBearingMeasurementModel(sensor: sensor, range: range, bearing: bearing, rangeSigma: sr, bearingSigma: sb)
        // Put the prior near the measured point so the linearisation is the one the filter uses.
        let seen = Point(x: sensor.x + range * sin(bearing), y: sensor.y + range * cos(bearing))
        var prior = Self.prior
        prior.mean[0] = seen.x + 7
        prior.mean[2] = seen.y - 9
        let dx = prior.mean[0] - sensor.x, dy = prior.mean[2] - sensor.y
        let r = (dx * dx + dy * dy).squareRoot()
        let h: M = [[dx / r, 0, dy / r, 0], [dy / (r * r), 0, -dx / (r * r), 0]]
        var dTheta = bearing - atan2(dx, dy)
        while dTheta > Double.pi { dTheta -= 2 * Double.pi }
        while dTheta <= -Double.pi { dTheta += 2 * Double.pi }
        let o = Self.oracle(
            mean: (0..<4).map { prior.mean[$0] }, covariance: Self.rows(prior.covariance), h: h, r: [[sr * sr, 0], [0, sb * sb]],
            innovation: [range - r, dTheta])
        #expect(abs(o.s[0][1]) > 1e-4 * (o.s[0][0] * o.s[1][1]).squareRoot(), "S is correlated here")
        let detection = Detection(time: 0, position: seen, covariance: .isotropic(sigma: sr), measurement: .rangeBearing(model))
        let updater = KalmanUpdater()
        let prediction = updater.predictMeasurement(prior, for: detection)
        #expect(abs(prediction.s01 - o.s[0][1]) < 1e-9 * max(1, abs(o.s[0][1])) + 1e-12)
        let posterior = updater.update(prior, with: detection, prediction: prediction)
        Self.expectClose(posterior, o, "range/bearing r=\(range) θ=\(bearing)")
    }

    @Test func stopGoIMMUpdatesEachModeAndWeighsThemByTheirLikelihood() {
        // Two modes with different, correlated beliefs; one detection with correlated noise.
        // Each mode's posterior is its own Kalman update; μⱼ ∝ N(νⱼ; 0, Sⱼ) μⱼ⁻.
        var stopped = Self.prior
        stopped.mean = SIMD4(origin.x - 2, 0.05, origin.y + 1, -0.02)
        stopped.covariance = Matrix4(SIMD4(9, 0.1, -4, 0), SIMD4(0.1, 0.04, 0, 0.01), SIMD4(-4, 0, 12, 0.2), SIMD4(0, 0.01, 0.2, 0.05))
        let mu = SIMD2(0.35, 0.65)
        let state = StopGoState(moving: Self.prior, stopped: stopped, modeProbabilities: mu)
        let r: M = [[16, 9], [9, 10]]
        let z = Point(x: origin.x + 1, y: origin.y - 1)
        let detection = Detection(time: 0, position: z, covariance: Covariance2(xx: r[0][0], xy: r[0][1], yy: r[1][1]))
        let updater = StopGoIMMUpdater()
        let posterior = updater.update(state, with: detection, prediction: updater.predictMeasurement(state, for: detection))
        var likelihoods: [Double] = []
        for (mode, got) in [(Self.prior, posterior.moving), (stopped, posterior.stopped)] {
            let v = [z.x - mode.mean[0], z.y - mode.mean[2]]
            let o = Self.oracle(
                mean: (0..<4).map { mode.mean[$0] }, covariance: Self.rows(mode.covariance), h: Self.positionH, r: r, innovation: v)
            Self.expectClose(got, o, "IMM mode")
            let si = Self.inverse2(o.s)
            let d2 = v[0] * (si[0][0] * v[0] + si[0][1] * v[1]) + v[1] * (si[1][0] * v[0] + si[1][1] * v[1])
            let det = o.s[0][0] * o.s[1][1] - o.s[0][1] * o.s[1][0]
            likelihoods.append(exp(-0.5 * d2) / (2 * Double.pi * det.squareRoot()))
        }
        let w = [likelihoods[0] * mu[0], likelihoods[1] * mu[1]]
        let expectedMoving = w[0] / (w[0] + w[1])
        #expect(abs(expectedMoving - mu[0]) > 0.02, "the detection favours one mode (else the check is empty)")
        #expect(abs(posterior.modeProbabilities[0] - expectedMoving) < 1e-9)
        #expect(abs(posterior.modeProbabilities.sum() - 1) < 1e-12)
    }
}
