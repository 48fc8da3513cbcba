import GuidepostCore
import RealModule
import Testing
import Tracking

/// The tracker can learn two things about its targets it is otherwise told: how long they stay
/// (`LifetimeLearner`, the existence model's τ) and how fast a new one may be moving
/// (`SpeedSpreadLearner`, the initiator's σ_v). Both are off unless asked for.
struct TargetPopulationLearnerTests {
    /// A scene of targets born over `seconds` at random, each living an exponential time of mean
    /// `lifetime` seconds (or to the end), walking straight at a velocity drawn N(0, speed²) per
    /// axis, 2 km apart, detected every second with P_D `pd` and noise σ 5 m; no clutter.
    /// Returns the scans, in time order.
    static func scene(
        targets: Int, seconds: Int, lifetime: Double, speed: Double, pd: Double = 0.9, seed: UInt64
    ) -> [[Detection]] {
        var rng = SeededGenerator(seed: seed)
        var scans = Array(repeating: [Detection](), count: seconds)
        for i in 0..<targets {
            let born = i < targets / 4 ? 0 : Int(rng.uniform() * Double(seconds - 20))
            let life = -lifetime * Double.log(1 - rng.uniform())
            let start = Point(x: 1_000_000 + 2_000 * Double(i % 40), y: 2_000_000 + 2_000 * Double(i / 40))
            let v = Vector2(speed * rng.normal(), speed * rng.normal())
            var k = born
            while k < seconds, Double(k - born) < life {
                if rng.uniform() < pd {
                    let p = start + v * Double(k - born)
                    let z = Point(x: p.x + 5 * rng.normal(), y: p.y + 5 * rng.normal())
                    scans[k].append(Detection(time: Double(k), position: z, covariance: .isotropic(sigma: 5)))
                }
                k += 1
            }
        }
        return scans
    }

    static func tracker(lifetime: LifetimeLearner?, speed: SpeedSpreadLearner?, speedSigma: Double = 3) -> StandardTracker {
        let scoring = AssociationScoring(detectionProbability: 0.9, gateProbability: 0.999, clutterDensity: 1e-7)
        return StandardTracker(
            motion: .stopWalkManoeuvre, association: .jpda, processNoise: 0.02, scoring: scoring,
            gate: ChiSquareGate(probability: 0.999), cellSize: 250, speedSigma: speedSigma,
            existence: ExistenceModel(
                initial: ExistenceModel.initialExistence(birthDensity: 2.5e-9, clutterDensity: 1e-7), confirmation: 0.5,
                meanLifetime: 600),
            deleter: ExistenceDeleter(confirmedThreshold: 0.05), lifetimeLearner: lifetime, speedSpreadLearner: speed)
    }

    @Test func theLifetimeIsEndsOverExposureWithItsPrior() {
        var learner = LifetimeLearner(priorEnds: 2, established: 5, halfLife: 1e12)
        #expect(learner.estimate(configured: 600, at: 0) == 600)
        // Young tracks teach nothing, whatever they do.
        learner.held(for: 50, hits: 4, at: 10)
        learner.ended(hits: 4, at: 11)
        #expect(learner.estimate(configured: 600, at: 11) == 600)
        learner.held(for: 30, hits: 5, at: 20)
        learner.held(for: 70, hits: 9, at: 90)
        learner.ended(hits: 9, at: 100)
        learner.held(for: 0, hits: 9, at: 100)
        // (30 + 70 + 2 × 600) / (1 + 2)
        #expect(abs(learner.estimate(configured: 600, at: 100) - 1_300.0 / 3) < 1e-9)
        #expect(learner.endsCounted == 1)
    }

    @Test func theLifetimeFadesWithFeedTime() {
        var learner = LifetimeLearner(priorEnds: 1, established: 1, halfLife: 100)
        var (exposure, ends) = (0.0, 0.0)
        for k in 0..<50 {
            let t = Double(10 * k), f = Double.exp2(-(490 - t) / 100)
            learner.held(for: 10, hits: 5, at: t)
            exposure += 10 * f
            if k % 5 == 4 {
                learner.ended(hits: 5, at: t)
                ends += f
            }
        }
        // Each second and end counts by its age: 2^(−age / half-life).
        let now = learner.estimate(configured: 600, at: 490)
        #expect(abs(now - (exposure + 600) / (ends + 1)) < 1e-6)
        #expect(now < 250)
        // Long after, what was learnt has faded and the prior is back.
        #expect(abs(learner.estimate(configured: 600, at: 490 + 3_000) - 600) < 1)
    }

    @Test(arguments: [(90.0, UInt64(1)), (200.0, UInt64(2))])
    func theTrackerLearnsHowLongItsTargetsLive(lifetime: Double, seed: UInt64) {
        let scans = Self.scene(targets: 160, seconds: 900, lifetime: lifetime, speed: 1, seed: seed)
        var learning = Self.tracker(lifetime: LifetimeLearner(), speed: nil)
        var fixed = Self.tracker(lifetime: nil, speed: nil)
        for (k, scan) in scans.enumerated() {
            _ = learning.step(at: Double(k), detections: scan)
            _ = fixed.step(at: Double(k), detections: scan)
        }
        let learnt = learning.conditions?.meanLifetime ?? .nan
        // From 600 s, within 20 % of the truth.
        #expect(abs(learnt / lifetime - 1) < 0.2, "τ \(lifetime) s: learnt \(learnt) s")
        #expect(fixed.conditions?.meanLifetime == 600)
    }

    @Test func aSpeedSampleIsUnbiased() {
        var rng = SeededGenerator(seed: 11)
        var learner = SpeedSpreadLearner(priorTracks: 1, established: 10, minimumSpan: 5, halfLife: 1e12)
        let speed = 1.5
        for k in 0..<4_000 {
            let v = Vector2(speed * rng.normal(), speed * rng.normal())
            // Started from a detection known to 15 m, sampled at one known to 6 m, 12 s later.
            let start = Point(x: 1_000_000 + 15 * rng.normal(), y: 2_000_000 + 15 * rng.normal())
            let later = Point(x: 1_000_000 + v.x * 12 + 6 * rng.normal(), y: 2_000_000 + v.y * 12 + 6 * rng.normal())
            let t0 = Double(k)
            learner.observe(
                from: Detection(time: t0, position: start, covariance: .isotropic(sigma: 15)),
                to: Detection(time: t0 + 12, position: later, covariance: .isotropic(sigma: 6)))
        }
        let learnt = learner.estimate(configured: 3, at: 4_012)
        #expect(abs(learnt / speed - 1) < 0.05, "learnt \(learnt)")
        // Detections less than the minimum span apart give no sample.
        let before = learner.sampled
        let a = Detection(time: 0, position: Point(x: 0, y: 0), covariance: .isotropic(sigma: 1))
        let counted = learner.observe(from: a, to: Detection(time: 2, position: Point(x: 100, y: 0), covariance: .isotropic(sigma: 1)))
        #expect(!counted)
        #expect(learner.sampled == before)
    }

    @Test(arguments: [(1.5, 3.0), (1.0, 0.5), (4.0, 3.0)])
    func theTrackerLearnsHowFastNewTargetsMove(speed: Double, configured: Double) {
        let scans = Self.scene(targets: 160, seconds: 600, lifetime: 1e9, speed: speed, seed: 5)
        var learning = Self.tracker(lifetime: nil, speed: SpeedSpreadLearner(), speedSigma: configured)
        var fixed = Self.tracker(lifetime: nil, speed: nil, speedSigma: configured)
        for (k, scan) in scans.enumerated() {
            _ = learning.step(at: Double(k), detections: scan)
            _ = fixed.step(at: Double(k), detections: scan)
        }
        let learnt = learning.conditions?.newTargetSpeedSpread ?? .nan
        #expect(abs(learnt / speed - 1) < 0.15, "σ_v \(speed) from \(configured): learnt \(learnt)")
        #expect(fixed.conditions?.newTargetSpeedSpread == configured)
    }
}
