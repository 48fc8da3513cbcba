import GuidepostCore
import Testing
import Tracking

/// The tracker learns its conditions: the clutter density per sensor and place, and each
/// sensor's P_D, from nothing but the detections (it is told neither).
struct LearntConditionsTests {
    /// Adds `count` Poisson-mean clutter detections uniformly over `box` to every scan.
    func addClutter(
        _ scans: inout [(time: Double, detections: [Detection], truth: [(id: String, position: Point)])],
        mean: Double, box: (min: Point, max: Point), seed: UInt64
    ) {
        var rng = SeededGenerator(seed: seed)
        for i in scans.indices {
            for _ in 0..<rng.poisson(mean: mean) {
                let z = Point(
                    x: box.min.x + rng.uniform() * (box.max.x - box.min.x), y: box.min.y + rng.uniform() * (box.max.y - box.min.y))
                scans[i].detections.append(Detection(time: scans[i].time, position: z, covariance: .isotropic(sigma: 5)))
            }
        }
    }

    /// Eight people walking slowly about a 4 km × 2 km field.
    func walkers() -> [SimulatedScene.Target] {
        (0..<8).map { k in
            SimulatedScene.walker("w\(k)", at: origin + Vector2(400 + 400 * Double(k), 300 + 180 * Double(k)), heading: Double(k), speed: 0.8)
        }
    }

    @Test(arguments: UInt64(1)...UInt64(3))
    func clutterEstimateConvergesOnUniformClutter(seed: UInt64) {
        // 20 false detections per scan over 4 km × 2 km: λ = 2.5e-6 per m²; the tracker starts
        // from its default 1e-7, 25 times too low.
        let box = (min: origin, max: origin + Vector2(4000, 2000))
        var scene = SimulatedScene(targets: walkers(), clutterPerScan: 20)
        scene.clutterBox = box
        let scans = scene.run(scans: 600, seed: seed)
        var tracker = makeTracker(clutterDensity: 1e-7)
        for scan in scans { _ = tracker.step(at: scan.time, detections: scan.detections) }
        let truth = 20.0 / 8e6
        let map = tracker.clutterMap!
        let sensorMean = map.density(sensor: 0, at: 599)
        #expect(abs(sensorMean / truth - 1) < 0.1, "seed \(seed): learnt \(sensorMean), truth \(truth)")
        // Cell by cell, over the field's interior (cells wholly inside it: the map's 500 m cells
        // at the edges also cover ground outside the field, where there is no clutter), the mean
        // is as close.
        var cells: [Double] = []
        for i in 0...12 {
            for j in 0...4 { cells.append(map.density(at: origin + Vector2(500 + 250 * Double(i), 500 + 250 * Double(j)), sensor: 0, at: 599)) }
        }
        let cellMean = cells.reduce(0, +) / Double(cells.count)
        #expect(abs(cellMean / truth - 1) < 0.1, "seed \(seed): cells' mean \(cellMean), truth \(truth)")
        // The walkers were tracked, not learnt as clutter: each has a confirmed track at the end.
        let reports = tracker.step(at: 600, detections: [])
        #expect(reports.count >= 7, "seed \(seed): \(reports.count) tracks")
    }

    @Test(arguments: UInt64(1)...UInt64(3))
    func aClutteredPatchStandsApartFromQuietGround(seed: UInt64) {
        // Quiet ground: 2 false detections per scan over 4 km × 2 km (2.5e-7 per m²). A patch of
        // 1.5 km × 1.5 km (a forest, a fence in the wind) adds 30 per scan: 1.33e-5 per m² more.
        let field = (min: origin, max: origin + Vector2(4000, 2000))
        let patch = (min: origin + Vector2(2300, 250), max: origin + Vector2(3800, 1750))
        var scene = SimulatedScene(targets: walkers(), clutterPerScan: 2)
        scene.clutterBox = field
        var scans = scene.run(scans: 600, seed: seed)
        addClutter(&scans, mean: 30, box: patch, seed: seed + 100)
        var tracker = makeTracker(clutterDensity: 1e-7)
        for scan in scans { _ = tracker.step(at: scan.time, detections: scan.detections) }
        let map = tracker.clutterMap!
        let hot = map.density(at: origin + Vector2(3050, 1000), sensor: 0, at: 599)
        let quiet = map.density(at: origin + Vector2(700, 1000), sensor: 0, at: 599)
        let hotTruth = 30.0 / 2.25e6 + 2.5e-7, quietTruth = 2.5e-7
        #expect(abs(hot / hotTruth - 1) < 0.15, "seed \(seed): patch \(hot), truth \(hotTruth)")
        #expect(hot > 20 * quiet, "seed \(seed): patch \(hot), quiet \(quiet)")
        #expect(quiet < 2 * quietTruth, "seed \(seed): quiet \(quiet), truth \(quietTruth)")
    }

    @Test(arguments: UInt64(1)...UInt64(3))
    func aSensorThatReportsOnlyWhatItSeesIsNotTakenForADenseOne(seed: UInt64) {
        // A camera looks every 2 s and reports only when it sees something: 0.2 false detections
        // a look over 2 km × 2 km (5e-8 per m²), so most of its looks report nothing.
        var rng = SeededGenerator(seed: seed)
        var tracker = makeTracker(clutterDensity: 1e-7)
        var reports = 0
        for k in 0..<12_000 {
            let t = Double(k)
            var detections: [Detection] = []
            if k % 2 == 0 {
                for _ in 0..<rng.poisson(mean: 0.2) {
                    let z = Point(x: origin.x + rng.uniform() * 2000, y: origin.y + rng.uniform() * 2000)
                    detections.append(Detection(time: t, position: z, covariance: .isotropic(sigma: 5), sensor: 3))
                }
            }
            if !detections.isEmpty { reports += 1 }
            _ = tracker.step(at: t, detections: detections)
        }
        let learnt = tracker.clutterMap!.density(sensor: 3, at: 11_999), truth = 0.2 / 4e6
        #expect(abs(learnt / truth - 1) < 0.15, "seed \(seed): learnt \(learnt), truth \(truth) (\(reports) reports in 6,000 looks)")
    }

    @Test(arguments: UInt64(1)...UInt64(3))
    func eachSensorsDetectionProbabilityIsLearnt(seed: UInt64) {
        // The sensor sees each walker in 60 % of its looks; the tracker is told 90 %.
        var scene = SimulatedScene(targets: walkers(), pd: 0.6, clutterPerScan: 5)
        scene.clutterBox = (min: origin, max: origin + Vector2(4000, 2000))
        let scans = scene.run(scans: 900, seed: seed)
        var tracker = makeTracker(pd: 0.9, clutterDensity: 1e-7)
        for scan in scans { _ = tracker.step(at: scan.time, detections: scan.detections) }
        let learnt = tracker.sensorRates!.estimate(0, configured: 0.9, at: 899)
        #expect(abs(learnt - 0.6) < 0.05, "seed \(seed): learnt P_D \(learnt)")
    }

    @Test func withoutLearningTheConfiguredDensityHolds() {
        var tracker = makeTracker(clutterDensity: 3e-7, learn: false)
        var scene = SimulatedScene(targets: walkers(), clutterPerScan: 20)
        scene.clutterBox = (min: origin, max: origin + Vector2(4000, 2000))
        for scan in scene.run(scans: 50, seed: 1) { _ = tracker.step(at: scan.time, detections: scan.detections) }
        #expect(tracker.clutterMap == nil && tracker.sensorRates == nil)
        #expect(tracker.scoring.clutterDensity == 3e-7)
    }
}
