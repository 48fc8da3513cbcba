import GuidepostCore
import Testing
import Tracking

/// The χ² validation gate against published χ² quantiles, and the hypothesiser against the
/// gate: a detection just inside the ellipse of a correlated S is admitted (even far along its
/// major axis, where a too-small Euclidean pre-filter would drop it), one just outside is not.
@Suite struct ChiSquareGateTests {
    /// Upper critical values of χ² with 2 degrees of freedom, to three decimals: NIST/SEMATECH
    /// e-Handbook of Statistical Methods, §1.3.6.7.4 "Critical Values of the Chi-Square
    /// Distribution" (https://www.itl.nist.gov/div898/handbook/eda/section3/eda3674.htm), row
    /// ν = 2, columns 0.90, 0.95, 0.975, 0.99, 0.999 (the probability of falling inside).
    /// Every measurement the tracker takes is 2-D (x, y; range, bearing; a fence zone), so 2 is
    /// the only number of degrees of freedom the gate is used with.
    static let table2dof: [(probability: Double, quantile: Double)] = [
        (0.90, 4.605), (0.95, 5.991), (0.975, 7.378), (0.99, 9.210), (0.999, 13.816),
    ]

    @Test(arguments: table2dof)
    func thresholdIsTheTabulatedQuantile(probability: Double, quantile: Double) {
        #expect(abs(ChiSquareGate(probability: probability).threshold - quantile) < 5e-4)
    }

    @Test func theGateTheTrackerUsesIsTheTabulated999Quantile() {
        // DistanceHypothesiser's default gate (and the tracker's default, `TrackerConfiguration.gate`, 0.999).
        let hypothesiser = DistanceHypothesiser(updater: KalmanUpdater())
        #expect(hypothesiser.gate.probability == 0.999)
        #expect(abs(hypothesiser.gate.threshold - 13.816) < 5e-4)
    }

    /// The closed form for 2 dof, P(χ² ≤ γ) = 1 − e^{−γ/2}, read back: the gate's own
    /// probability is what a true detection's d² falls under.
    @Test func thresholdInvertsTheTwoDofDistribution() {
        for p in stride(from: 0.05, through: 0.995, by: 0.05) {
            let g = ChiSquareGate(probability: p).threshold
            var survival = 1.0  // e^{−γ/2} by its series, not by the code's log
            var term = 1.0
            for n in 1...200 {
                term *= -g / 2 / Double(n)
                survival += term
            }
            #expect(abs((1 - survival) - p) < 1e-9, "p = \(p)")
        }
    }

    /// A track with a strongly correlated position covariance; a detection placed at d² = f·γ
    /// along the major axis of S (the direction the Euclidean pre-filter must still reach).
    static func hypotheses(at fraction: Double, probability: Double) -> Int {
        let prior = GaussianState(
            mean: SIMD4(origin.x, 0, origin.y, 0),
            covariance: Matrix4(SIMD4(400, 0, 380, 0), SIMD4(0, 1, 0, 0), SIMD4(380, 0, 400, 0), SIMD4(0, 0, 0, 1)),
            time: 0)
        let r = Covariance2(xx: 9, xy: 6, yy: 9)
        // S = P_pos + R = [[409, 386], [386, 409]]; major axis (1, 1)/√2 with eigenvalue 795.
        let lambda = 409.0 + 386.0
        let gate = ChiSquareGate(probability: probability)
        let distance = (fraction * gate.threshold * lambda).squareRoot()
        let z = Point(x: origin.x + distance / 2.0.squareRoot(), y: origin.y + distance / 2.0.squareRoot())
        let h = DistanceHypothesiser(updater: KalmanUpdater(), gate: gate, cellSize: 50)
        let table = h.hypothesise([prior], [Detection(time: 0, position: z, covariance: r)])
        return table.hypotheses.count
    }

    @Test(arguments: [0.9, 0.99, 0.999])
    func aDetectionJustInsideTheEllipseIsAdmittedAndJustOutsideIsNot(probability: Double) {
        #expect(Self.hypotheses(at: 0.995, probability: probability) == 1)
        #expect(Self.hypotheses(at: 1.005, probability: probability) == 0)
    }
}
