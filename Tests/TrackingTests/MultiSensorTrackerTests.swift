import GuidepostCore
import RealModule
import Testing
import Tracking

/// Several sensors with their own revisit periods and detection rates, as on the border: a
/// target keeps one track, seen by one sensor or two.
struct MultiSensorTrackerTests {
    /// A walker at 1.3 m/s seen by sensor 0 every `revisit` seconds with probability `pd`, while
    /// sensor 1 reports a false alarm 3 km away every second; when `twice`, sensor 2 also sees the
    /// walker, independently, on the same looks. Returns the identities reported and the scans with a track near the
    /// walker (after the first 10 s).
    static func run(
        seed: UInt64, revisit: Int, pd: Double, twice: Bool = false,
        association: StandardTracker.Association = .jpda, detectionRate: DetectionRate? = DetectionRate(),
        coverageMemory: Double = 30
    ) -> (ids: Set<String>, held: Int, scans: Int) {
        var rng = SeededGenerator(seed: seed)
        let clutter = 1e-7
        let scoring = AssociationScoring(detectionProbability: 0.9, gateProbability: 0.999, clutterDensity: clutter)
        var tracker = StandardTracker(
            motion: .stopAndGo, association: association, processNoise: 0.02, scoring: scoring,
            gate: ChiSquareGate(probability: 0.999), cellSize: 250, speedSigma: 3,
            existence: ExistenceModel(
                initial: ExistenceModel.initialExistence(birthDensity: 2.5e-9, clutterDensity: clutter), confirmation: 0.5),
            deleter: ExistenceDeleter(), detectionRate: detectionRate, coverageMemory: coverageMemory)
        var ids = Set<String>(), held = 0, scans = 0
        for k in 0..<300 {
            let t = Double(k)
            let truth = origin + Vector2(1.3 * t, 0.4 * t)
            var detections = [
                Detection(
                    time: t, position: origin + Vector2(3000 + rng.uniform() * 500, rng.uniform() * 500),
                    covariance: .isotropic(sigma: 5), sensor: 1)
            ]
            for sensor in twice ? [0, 2] : [0] where k % revisit == 0 && rng.bernoulli(pd) {
                let z = truth + Vector2(rng.normal() * 5, rng.normal() * 5)
                detections.append(Detection(time: t, position: z, covariance: .isotropic(sigma: 5), sensor: sensor))
            }
            let near = tracker.step(at: t, detections: detections).filter { $0.state.position.distance(to: truth) < 50 }
            guard k >= 10 else { continue }
            scans += 1
            if !near.isEmpty { held += 1 }
            ids.formUnion(near.map(\.id.rawValue))
        }
        return (ids, held, scans)
    }

    @Test(arguments: UInt64(1)...UInt64(10))
    func aTwoSecondSensorHoldsItsTrackBetweenLooks(seed: UInt64) {
        // Sensor 0 looks every 2 s and sees the walker 70 % of the time. Scans when only sensor 1
        // looked say nothing about the walker.
        let r = Self.run(seed: seed, revisit: 2, pd: 0.7)
        #expect(r.ids.count == 1, "seed \(seed): identities \(r.ids.sorted())")
        #expect(Double(r.held) >= 0.95 * Double(r.scans), "seed \(seed): held \(r.held) of \(r.scans) scans")
        // Counting every scan as a look of every sensor (coverage memory 0: the old one-P_D-per-scan
        // tracker) loses the track again and again.
        let old = Self.run(seed: seed, revisit: 2, pd: 0.7, detectionRate: nil, coverageMemory: 1e-9)
        #expect(old.ids.count > r.ids.count || old.held < r.held, "seed \(seed): old \(old.ids.count) ids, \(old.held) scans")
    }

    @Test func aFaintTargetIsHeldLongerWithItsOwnDetectionRate() {
        // Seen every second but only 50 % of the time (far from the sensor): with the configured
        // P_D of 0.9 for every track, a few misses running delete it; learning its own P_D from
        // the looks between its detections holds it longer, with fewer identities (seeds 1…10).
        var learnedIDs = 0, fixedIDs = 0, learnedHeld = 0, fixedHeld = 0
        for seed in UInt64(1)...UInt64(10) {
            let learned = Self.run(seed: seed, revisit: 1, pd: 0.5)
            let fixed = Self.run(seed: seed, revisit: 1, pd: 0.5, detectionRate: nil)
            #expect(learned.held >= fixed.held, "seed \(seed): learned \(learned.held), fixed \(fixed.held) scans")
            learnedIDs += learned.ids.count
            fixedIDs += fixed.ids.count
            learnedHeld += learned.held
            fixedHeld += fixed.held
        }
        #expect(learnedIDs < fixedIDs, "identities: learned \(learnedIDs), fixed \(fixedIDs)")
        #expect(learnedHeld > fixedHeld, "scans held: learned \(learnedHeld), fixed \(fixedHeld)")
    }

    @Test(arguments: [StandardTracker.Association.jpda, .globalNearestNeighbour], [UInt64(1), 2, 3, 4, 5])
    func twoSensorsSeeingOneTargetMakeOneTrack(association: StandardTracker.Association, seed: UInt64) {
        // Sensors 0 and 2 both see the walker in the same scans: one track, not two.
        let r = Self.run(seed: seed, revisit: 2, pd: 0.9, twice: true, association: association)
        #expect(r.ids.count == 1, "seed \(seed): identities \(r.ids.sorted())")
    }
}
