import Evaluation
import GuidepostCore
import Testing
import Tracking

/// Whole-tracker behaviour on small seeded scenes.
struct TrackerTests {
    @Test(arguments: UInt64(1)...UInt64(20))
    func crossingPeopleKeepTheirIdentities(seed: UInt64) {
        // Two people cross at right angles, meeting at the same point at t = 60 s.
        let meet = origin + Vector2(500, 500)
        var scene = SimulatedScene(
            targets: [
                SimulatedScene.walker("a", at: meet - Vector2(78, 0), heading: 0),
                SimulatedScene.walker("b", at: meet - Vector2(0, 78), heading: Double.pi / 2),
            ],
            clutterPerScan: 2)
        var tracker = makeTracker()
        var scorer = TrackScorer(cutoff: 50, order: 1)
        for scan in scene.run(scans: 120, seed: seed) {
            let reports = tracker.step(at: scan.time, detections: scan.detections)
            if scan.time >= 10 {
                scorer.add(truth: scan.truth, tracks: reports.map { ($0.id.rawValue, $0.state.position) })
            }
        }
        let s = scorer.summary
        #expect(s.identitySwitches == 0, "seed \(seed): \(s.identitySwitches) identity switches")
        #expect(s.missed < 10, "seed \(seed): mean missed part \(s.missed)")
    }

    @Test func aTrackCoastsThroughEmptyScans() {
        var scene = SimulatedScene(targets: [SimulatedScene.walker("a", at: origin, heading: 0.3)], pd: 1)
        let scans = scene.run(scans: 40, seed: 7)
        var tracker = makeTracker()
        var ids: [String] = []
        var coasted = 0
        for scan in scans {
            // Scans 20, 21 and 22 report nothing: the sensors looked and saw nothing.
            let empty = (20...22).contains(Int(scan.time))
            let reports = tracker.step(at: scan.time, detections: empty ? [] : scan.detections)
            if empty { coasted += reports.count }
            ids += reports.map(\.id.rawValue)
            if Int(scan.time) == 22, let r = reports.first {
                // The coasted estimate followed the walk: within 15 m of the truth.
                #expect(r.state.position.distance(to: scan.truth[0].position) < 15)
            }
        }
        #expect(coasted == 3, "the track is reported in each empty scan")
        #expect(Set(ids) == ["T1"], "one identity throughout: \(Set(ids))")
    }

    @Test(arguments: UInt64(1)...UInt64(3))
    func existenceAccountsForClutterDensity(seed: UInt64) {
        // Dense clutter only: 5 false detections per scan over 2 km × 2 km.
        var scene = SimulatedScene(targets: [], clutterPerScan: 5)
        let scans = scene.run(scans: 300, seed: seed)
        func falseTrackScans(assumedDensity: Double) -> Int {
            // The density as told, not learnt: this is about the existence model's use of it.
            var tracker = makeTracker(clutterDensity: assumedDensity, learn: false)
            return scans.reduce(0) { $0 + tracker.step(at: $1.time, detections: $1.detections).count }
        }
        let informed = falseTrackScans(assumedDensity: 5.0 / 4e6)
        let naive = falseTrackScans(assumedDensity: 5.0 / 4e8)
        // Knowing the clutter density keeps false tracks rare (1,500 clutter detections in all)…
        #expect(informed <= 15, "seed \(seed): \(informed) false track-scans")
        // …and a tracker that underestimates it a hundredfold is fooled more often.
        #expect(naive > informed, "seed \(seed): naive \(naive), informed \(informed)")
    }

    @Test func timeToReachALineAhead() {
        // Heading due south at 1 m/s towards a fence 100 m south: 100 s; away from it: never.
        let fence = [origin + Vector2(-1000, -100), origin + Vector2(1000, -100)]
        #expect(LinesOfInterest.timeToReach(fence, from: origin, velocity: Vector2(0, -1)) == 100)
        #expect(LinesOfInterest.timeToReach(fence, from: origin, velocity: Vector2(0, 1)) == nil)
        #expect(LinesOfInterest.timeToReach(fence, from: origin, velocity: Vector2(0, 0)) == nil)
        let t = LinesOfInterest.timeToReach(fence, from: origin, velocity: Vector2(1, -1))
        #expect(abs((t ?? 0) - 100) < 1e-9)
    }
}
