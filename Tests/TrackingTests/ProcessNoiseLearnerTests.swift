import GuidepostCore
import RealModule
import Testing
import Tracking

/// The tracker learns how its targets move: the moving mode's process noise q, from the
/// confirmed tracks' detections, whatever it was told to start from.
struct ProcessNoiseLearnerTests {
    /// `count` targets under the exact discrete nearly-constant-velocity model of q m²/s³ (Stone
    /// Soup's, one-second steps: per axis w ~ N(0, q [[1/3, 1/2], [1/2, 1]])), detected every
    /// second with noise σ: each target's detections in time order, with where it truly was.
    func walks(q: Double, count: Int, seconds: Int, sigma: Double, seed: UInt64) -> [[(truth: Point, detection: Detection)]] {
        var rng = SeededGenerator(seed: seed)
        let s = q.squareRoot()
        return (0..<count).map { i in
            var p = origin + Vector2(300 * Double(i), 0)
            var v = Vector2(rng.normal(), rng.normal())
            var out: [(truth: Point, detection: Detection)] = []
            for k in 0..<seconds {
                if k > 0 {
                    // L Lᵀ = [[1/3, 1/2], [1/2, 1]] with L = [[1/√3, 0], [√3/2, 1/2]].
                    let (ax, bx, ay, by) = (rng.normal(), rng.normal(), rng.normal(), rng.normal())
                    p = p + v + Vector2(s * ax / 3.0.squareRoot(), s * ay / 3.0.squareRoot())
                    v = v + Vector2(s * (ax * 3.0.squareRoot() / 2 + bx / 2), s * (ay * 3.0.squareRoot() / 2 + by / 2))
                }
                let z = Point(x: p.x + sigma * rng.normal(), y: p.y + sigma * rng.normal())
                out.append((p, Detection(time: Double(k), position: z, covariance: .isotropic(sigma: sigma))))
            }
            return out
        }
    }

    /// The learner fed every target's detections as a tracker would, scan by scan.
    func learnt(q: Double, sigma: Double, seed: UInt64, configured: Double = 0.02) -> Double {
        var learner = ProcessNoiseLearner()
        let tracks = walks(q: q, count: 20, seconds: 300, sigma: sigma, seed: seed)
        for k in 0..<300 {
            for (i, track) in tracks.enumerated() {
                let d = track[k].detection
                let start = GaussianState(
                    mean: SIMD4(d.position.x, 0, d.position.y, 0),
                    covariance: Matrix4(SIMD4(sigma * sigma, 0, 0, 0), SIMD4(0, 4, 0, 0), SIMD4(0, 0, sigma * sigma, 0), SIMD4(0, 0, 0, 4)),
                    time: d.time)
                learner.observe(TrackID("T\(i)"), detection: d, associationWeight: 1, updated: start, stationary: nil, at: d.time)
            }
        }
        return learner.estimate(configured: configured, at: 299)
    }

    @Test(arguments: [(0.01, 3.0), (0.05, 15.0), (0.3, 8.0), (1.0, 15.0), (2.0, 3.0)])
    func itFindsTheTargetsProcessNoise(q: Double, sigma: Double) {
        for seed in UInt64(1)...UInt64(2) {
            let estimate = learnt(q: q, sigma: sigma, seed: seed)
            // Within a factor of 1.5 of the truth (its grid steps by 2), from a start that was
            // 50 times too low or too high.
            #expect(abs(Double.log(estimate / q)) < Double.log(1.5), "q \(q), σ \(sigma), seed \(seed): learnt \(estimate)")
        }
    }

    @Test func withoutDetectionsItKeepsTheConfiguredValue() {
        let learner = ProcessNoiseLearner()
        #expect(learner.estimate(configured: 0.02, at: 100) == 0.02)
    }

    @Test func undecidedAssociationsStoppedTracksAndWrongDetectionsTeachNothing() {
        let tracks = walks(q: 1, count: 5, seconds: 60, sigma: 5, seed: 7)
        var learner = ProcessNoiseLearner()
        for k in 0..<60 {
            for (i, track) in tracks.enumerated() {
                let d = track[k].detection
                let start = GaussianState(mean: SIMD4(d.position.x, 0, d.position.y, 0), covariance: .identity * 25, time: d.time)
                // Shared between tracks (weight 0.6), or the track is most likely stopped.
                learner.observe(TrackID("A\(i)"), detection: d, associationWeight: 0.6, updated: start, stationary: nil, at: d.time)
                learner.observe(TrackID("B\(i)"), detection: d, associationWeight: 1, updated: start, stationary: 0.7, at: d.time)
            }
        }
        #expect(learner.weight == 0)
        #expect(learner.shadowed == 0)
        #expect(learner.estimate(configured: 0.02, at: 60) == 0.02)
        // A detection kilometres from the shadow's prediction restarts it and counts nothing.
        var fed = ProcessNoiseLearner()
        for k in 0..<10 {
            let d = tracks[0][k].detection
            let start = GaussianState(mean: SIMD4(d.position.x, 0, d.position.y, 0), covariance: .identity * 25, time: d.time)
            fed.observe(TrackID("T"), detection: d, associationWeight: 1, updated: start, stationary: nil, at: d.time)
        }
        let counted = fed.weight
        #expect(counted > 0)
        let far = Detection(time: 10, position: tracks[0][9].detection.position + Vector2(3000, 0), covariance: .isotropic(sigma: 5))
        fed.observe(TrackID("T"), detection: far, associationWeight: 1, updated: GaussianState(mean: SIMD4(far.position.x, 0, far.position.y, 0), covariance: .identity * 25, time: 10), stationary: nil, at: 10)
        #expect(fed.weight == counted)
    }

    /// In the tracker: targets manoeuvring at q = 1 m²/s³, the tracker told 0.02 (its default);
    /// it learns q near 1, and tracks them better than when it may not learn.
    @Test func theTrackerLearnsItsTargetsMotion() {
        let scoring = AssociationScoring(detectionProbability: 0.9, gateProbability: 0.999, clutterDensity: 1e-7)
        func tracker(learning: Bool) -> StandardTracker {
            StandardTracker(
                motion: .stopWalkManoeuvre, association: .jpda, processNoise: 0.02, scoring: scoring,
                gate: ChiSquareGate(probability: 0.999), cellSize: 250, speedSigma: 3,
                existence: ExistenceModel(
                    initial: ExistenceModel.initialExistence(birthDensity: 2.5e-9, clutterDensity: 1e-7), confirmation: 0.5),
                deleter: ExistenceDeleter(confirmedThreshold: 0.05), processNoiseLearner: learning ? ProcessNoiseLearner() : nil)
        }
        let tracks = walks(q: 1, count: 10, seconds: 400, sigma: 10, seed: 3)
        var learning = tracker(learning: true), fixed = tracker(learning: false)
        var errors = (learning: 0.0, fixed: 0.0)
        for k in 0..<400 {
            let scan = tracks.map { $0[k] }
            let a = learning.step(at: Double(k), detections: scan.map(\.detection))
            let b = fixed.step(at: Double(k), detections: scan.map(\.detection))
            guard k >= 100 else { continue }
            // Each target's error: the distance from where it truly is to the nearest track.
            for (truth, _) in scan {
                errors.learning += a.map { $0.state.position.distance(to: truth) }.min() ?? 100
                errors.fixed += b.map { $0.state.position.distance(to: truth) }.min() ?? 100
            }
        }
        let q = learning.movingNoise ?? 0
        #expect(abs(Double.log(q / 1)) < Double.log(2), "learnt q \(q)")
        #expect(fixed.movingNoise == 0.02)
        #expect(errors.learning < errors.fixed, "learning \(errors.learning), fixed \(errors.fixed)")
    }
}
