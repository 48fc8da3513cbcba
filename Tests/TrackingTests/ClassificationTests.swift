import GuidepostCore
import RealModule
import Testing
import Tracking

/// Classification on simulated data: an animal group is an animal, a walking person is human.
struct ClassificationTests {
    /// A herd of five moving together, grazing: short walks in changing directions, short stops.
    func herd(at centre: Point) -> [SimulatedScene.Target] {
        (0..<5).map { i in
            let offset = Vector2(Double(i % 3) * 12, Double(i / 3) * 12)
            return SimulatedScene.Target(
                id: "animal-\(i)", position: centre + offset,
                velocity: { k, _ in
                    // The herd shares one itinerary: 20 s legs, a new heading each leg, every third leg a stop.
                    let leg = k / 20
                    if leg % 3 == 2 { return .zero }
                    let heading = Double(leg) * 2.1
                    return Vector2(Double.cos(heading), Double.sin(heading)) * 0.8
                },
                size: 1.0)
        }
    }

    @Test(arguments: UInt64(1)...UInt64(5))
    func animalGroupIsAnimalAndWalkerIsHuman(seed: UInt64) {
        var targets = herd(at: origin)
        targets.append(SimulatedScene.walker("person", at: origin + Vector2(1500, 0), heading: 1.2))
        targets[targets.count - 1].size = 1.7
        var scene = SimulatedScene(targets: targets, sigma: 3)
        var tracker = makeTracker()
        var last: [TrackReport] = []
        var lastTruth: [(id: String, position: Point)] = []
        for scan in scene.run(scans: 240, seed: seed) {
            last = tracker.step(at: scan.time, detections: scan.detections)
            lastTruth = scan.truth
        }
        for truth in lastTruth {
            guard let nearest = last.min(by: { $0.state.position.distance(to: truth.position) < $1.state.position.distance(to: truth.position) }),
                nearest.state.position.distance(to: truth.position) < 30
            else {
                Issue.record("seed \(seed): no track on \(truth.id)")
                continue
            }
            let expected: TargetClass = truth.id == "person" ? .human : .animal
            #expect(nearest.targetClass == expected, "seed \(seed): \(truth.id) classed \(nearest.targetClass) (p \(nearest.classProbability))")
            #expect(nearest.classProbability > 0.6, "seed \(seed): \(truth.id) p \(nearest.classProbability)")
        }
    }

    @Test func withoutThermalSizeKinematicsStillSeparate() {
        var features = ClassFeatures()
        for _ in 0..<120 { features.observe(velocity: (1.3, 0.1), stopped: false, companions: 0, thermalSize: nil, dt: 1) }
        #expect(KinematicClassifier().classify(features).0 == .human)
        var fast = ClassFeatures()
        for _ in 0..<120 { fast.observe(velocity: (9, 3), stopped: false, companions: 0, thermalSize: nil, dt: 1) }
        #expect(KinematicClassifier().classify(fast).0 == .vehicle)
    }
}
