import GuidepostCore
import RealModule
import Testing
import Tracking

/// The stop–walk–manoeuvre IMM holds targets whose process noise nobody gave it: it follows a
/// manoeuvring target that the two-mode stop-and-go IMM, tuned for walkers, loses, and costs
/// little on a walker.
struct ManoeuvreIMMTests {
    func tracker(_ motion: StandardTracker.Motion) -> StandardTracker {
        let scoring = AssociationScoring(detectionProbability: 0.9, gateProbability: 0.999, clutterDensity: 1e-7)
        return StandardTracker(
            motion: motion, association: .jpda, processNoise: 0.02, scoring: scoring, gate: ChiSquareGate(probability: 0.999),
            cellSize: 250, speedSigma: 3,
            existence: ExistenceModel(
                initial: ExistenceModel.initialExistence(birthDensity: 2.5e-9, clutterDensity: 1e-7), confirmation: 0.5),
            deleter: ExistenceDeleter(confirmedThreshold: 0.05))
    }

    /// A target whose velocity takes a random walk of q m²/s³ (Stone Soup's nearly-constant
    /// velocity model, sampled each second).
    func target(q: Double) -> SimulatedScene.Target {
        var v = Vector2(1, 0.5)
        return SimulatedScene.Target(id: "t", position: origin + Vector2(1000, 1000)) { _, rng in
            let p = v
            v = v + Vector2(rng.normal() * q.squareRoot(), rng.normal() * q.squareRoot())
            return p
        }
    }

    /// GOSPA-like cost over the run: the error of the nearest track (capped at 50 m), or 25 m
    /// when none is within 50 m, plus 25 m for every other track.
    func cost(_ motion: StandardTracker.Motion, q: Double, seed: UInt64) -> Double {
        var scene = SimulatedScene(targets: [target(q: q)], clutterPerScan: 1)
        scene.clutterBox = (min: origin, max: origin + Vector2(2000, 2000))
        var t = tracker(motion)
        var total = 0.0
        for scan in scene.run(scans: 300, seed: seed) {
            let reports = t.step(at: scan.time, detections: scan.detections)
            let truth = scan.truth[0].position
            let errors = reports.map { $0.state.position.distance(to: truth) }.sorted()
            if let e = errors.first, e < 50 {
                total += e + 25 * Double(errors.count - 1)
            } else {
                total += 25 + 25 * Double(errors.count)
            }
        }
        return total / 300
    }

    /// The mean cost a scan over 8 seeds, three modes and two, for targets of process noise q.
    func meanCosts(q: Double) -> (three: Double, two: Double) {
        let seeds = UInt64(1)...UInt64(8)
        let three = seeds.map { cost(.stopWalkManoeuvre, q: q, seed: $0) }.reduce(0, +)
        let two = seeds.map { cost(.stopAndGo, q: q, seed: $0) }.reduce(0, +)
        return (three / 8, two / 8)
    }

    @Test func aManoeuvringTargetIsHeldWhereTheWalkersModelLosesIt() {
        let (three, two) = meanCosts(q: 1)
        #expect(three < 0.7 * two, "three modes \(three) m, two modes \(two) m a scan")
    }

    @Test func aWalkerCostsLittleMore() {
        let (three, two) = meanCosts(q: 0.01)
        #expect(three < 1.1 * two, "three modes \(three) m, two modes \(two) m a scan")
    }

    @Test func modeProbabilitiesStayAProbability() {
        let p = ManoeuvreIMMPredictor(
            stopped: NearStationary(), walking: ConstantVelocity(noiseDiffusion: 0.02), manoeuvring: ConstantVelocity(noiseDiffusion: 1))
        var state = ManoeuvreState(initial: GaussianState(mean: SIMD4(0, 1, 0, 0), covariance: .identity * 25, time: 0))
        let u = ManoeuvreIMMUpdater()
        for k in 1...50 {
            state = p.predict(state, to: Double(k))
            let d = Detection(time: Double(k), position: Point(x: Double(k) * 1.0, y: 0), covariance: .isotropic(sigma: 5))
            state = u.update(state, with: d, prediction: u.predictMeasurement(state, for: d))
            #expect(abs(state.modeProbabilities.sum() - 1) < 1e-12)
            #expect(state.modeProbabilities.min() > 0)
        }
        // A steady walk at 1 m/s reads as walking, not stopped.
        #expect(state.modeProbabilities[1] > state.modeProbabilities[0])
    }
}
