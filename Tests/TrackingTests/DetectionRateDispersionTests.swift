import GuidepostCore
import RealModule
import Testing
import Tracking

/// P_D learnt without its two biases (`--learn-pd-spread`): how much each track's own P̂_D leans
/// on its sensor's is learnt from how far the tracks' records spread (`DetectionRateDispersion`),
/// and a sensor's misses of a track wait for the track's next detection
/// (`SensorDetectionRates.missesAwaitDetection`).
struct DetectionRateDispersionTests {
    /// Records of `count` tracks of 30–80 looks each, every track's P_D drawn by `draw`, its
    /// sensor's P_D `sensor`: (looks, detections, expected).
    static func records(
        count: Int, sensor: Double, seed: UInt64, draw: (inout SeededGenerator) -> Double
    ) -> [(Double, Double, Double)] {
        var rng = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            let p = draw(&rng)
            let n = 30 + Int(rng.uniform() * 51)
            // Every record starts and ends at a detection, as the tracker's do.
            var d = 2
            for _ in 0..<(n - 2) where rng.uniform() < p { d += 1 }
            return (Double(n), Double(d), Double(n) * sensor)
        }
    }

    @Test func theTermsAreTheMomentsOfTheFreeLooks() throws {
        let learner = DetectionRateDispersion(minimumLooks: 8)
        // 12 looks, 10 detections at P̂_s 0.8: the free looks are 10 with 8 detections, 8 expected.
        let t = try #require(learner.terms(looks: 12, detections: 10, expected: 9.6))
        #expect(abs(t.excess - (0 - 8 * 0.2)) < 1e-12)
        #expect(abs(t.scale - 8 * 0.2 * 9) < 1e-12)
        // One detection more than expected: (d − e)² − v = 1 − 1.6; one fewer: the same.
        let above = try #require(learner.terms(looks: 12, detections: 11, expected: 9.6))
        let below = try #require(learner.terms(looks: 12, detections: 9, expected: 9.6))
        #expect(abs(above.excess - (1 - 1.6)) < 1e-12 && abs(below.excess - (1 - 1.6)) < 1e-12)
        // Every free look a detection: (10 − 8)² − 1.6, the expected count rescaled to the free
        // looks (9.6 × 10/12).
        let all = try #require(learner.terms(looks: 12, detections: 12, expected: 9.6))
        #expect(abs(all.excess - (4 - 1.6)) < 1e-12)
        // Too few free looks teach nothing.
        #expect(learner.terms(looks: 9, detections: 9, expected: 8) == nil)
        // With nothing learnt, the prior.
        #expect(abs(learner.estimate(liveExcess: 0, liveScale: 0, at: 0) - 2) < 1e-12)
    }

    @Test func targetsSeenAlikeLeanOnTheirSensor() {
        var learner = DetectionRateDispersion()
        for (n, d, e) in Self.records(count: 400, sensor: 0.8, seed: 1, draw: { _ in 0.8 }) {
            learner.ended(looks: n, detections: d, expected: e, at: 100)
        }
        // Binomial records, no spread: n₀ goes to the ceiling (each track's own record is noise).
        #expect(learner.estimate(liveExcess: 0, liveScale: 0, at: 100) >= 150)
    }

    @Test func targetsSeenDifferentlyKeepTheirOwn() {
        // P_D ~ Beta(4, 1) about a sensor mean of 0.8: n₀ = a + b = 5.
        for seed: UInt64 in 1...3 {
            var learner = DetectionRateDispersion()
            let gamma = { (k: Int, rng: inout SeededGenerator) -> Double in
                (0..<k).reduce(0) { s, _ in s - Double.log(1 - rng.uniform()) }
            }
            let tracks = Self.records(count: 400, sensor: 0.8, seed: seed) { rng in
                let a = gamma(4, &rng)
                return a / (a + gamma(1, &rng))
            }
            for (n, d, e) in tracks { learner.ended(looks: n, detections: d, expected: e, at: 100) }
            let n0 = learner.estimate(liveExcess: 0, liveScale: 0, at: 100)
            #expect(n0 > 3.5 && n0 < 7, "seed \(seed): n₀ \(n0), truth 5")
        }
    }

    @Test func endedTracksFadeAndLiveOnesCount() {
        var learner = DetectionRateDispersion(priorWeight: 2, priorEvidence: 100, halfLife: 100)
        learner.ended(looks: 12, detections: 10, expected: 9.6, at: 0)
        // One half-life later the ended track counts half; live terms count in full.
        let rho = (0.5 * -1.6 + 3 + 100.0 / 3) / (0.5 * 14.4 + 20 + 100)
        #expect(abs(learner.estimate(liveExcess: 3, liveScale: 20, at: 100) - (1 / rho - 1)) < 1e-9)
    }

    static func tracker(spread: Bool) -> StandardTracker {
        let scoring = AssociationScoring(detectionProbability: 0.9, gateProbability: 0.999, clutterDensity: 1e-7)
        var rates = SensorDetectionRates()
        rates.missesAwaitDetection = spread
        return StandardTracker(
            motion: .stopWalkManoeuvre, association: .jpda, processNoise: 0.02, scoring: scoring,
            gate: ChiSquareGate(probability: 0.999), cellSize: 250, speedSigma: 3,
            existence: ExistenceModel(
                initial: ExistenceModel.initialExistence(birthDensity: 2.5e-9, clutterDensity: 1e-7), confirmation: 0.5,
                meanLifetime: 600),
            deleter: ExistenceDeleter(confirmedThreshold: 0.05), sensorRates: rates,
            detectionDispersion: spread ? DetectionRateDispersion() : nil)
    }

    @Test func deadTargetsDoNotLowerTheSensorsPD() throws {
        // Targets living a minute on average, seen with P_D 0.75: every death leaves a few misses
        // on its track before it is deleted.
        for seed: UInt64 in 1...3 {
            let scans = TargetPopulationLearnerTests.scene(
                targets: 160, seconds: 600, lifetime: 60, speed: 1, pd: 0.75, seed: seed)
            var learnt: [Bool: (pd: Double, n0: Double)] = [:]
            for spread in [false, true] {
                var tracker = Self.tracker(spread: spread)
                for (k, detections) in scans.enumerated() { _ = tracker.step(at: Double(k), detections: detections) }
                let c = try #require(tracker.conditions)
                learnt[spread] = (try #require(c.sensorDetectionProbabilities[0]), try #require(c.trackDetectionPriorWeight))
            }
            let before = try #require(learnt[false]), after = try #require(learnt[true])
            #expect(abs(after.pd - 0.75) < 0.015, "seed \(seed): P̂_s \(after.pd)")
            #expect(after.pd > before.pd + 0.01, "seed \(seed): \(before.pd) → \(after.pd)")
            // Targets seen alike: each track's own P̂_D leans on the sensor's; off, the fixed 2 looks.
            #expect(after.n0 >= 50)
            #expect(before.n0 == 2)
        }
    }
}
