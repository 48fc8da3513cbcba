import GuidepostCore
import Pipeline
import Testing
import Tracking

/// The configuration builds the tracker its options describe.
struct TrackerConfigurationTests {
    /// 30 targets 1 km apart walking east at 1 m/s, seen every second with P_D 0.8 and 5 m of
    /// noise; half of them stop being there after 100 s.
    static func scans(seconds: Int) -> [[Detection]] {
        var rng = SeededGenerator(seed: 7)
        return (0..<seconds).map { k in
            (0..<30).compactMap { i -> Detection? in
                guard i % 2 == 0 || k < 100, rng.uniform() < 0.8 else { return nil }
                let p = Point(x: 1_000_000 + 1_000 * Double(i) + Double(k), y: 2_000_000)
                return Detection(
                    time: Double(k), position: Point(x: p.x + 5 * rng.normal(), y: p.y + 5 * rng.normal()),
                    covariance: .isotropic(sigma: 5))
            }
        }
    }

    @Test func learningPDsSpreadIsOffUnlessAskedFor() throws {
        let scans = Self.scans(seconds: 200)
        var learnt: [Bool: LearntConditions] = [:]
        for spread in [false, true] {
            var configuration = TrackerConfiguration()
            configuration.learnPdSpread = spread
            var tracker = configuration.makeTracker()
            for (k, detections) in scans.enumerated() { _ = tracker.step(at: Double(k), detections: detections) }
            let conditions = try #require(tracker.conditions)
            learnt[spread] = conditions
        }
        let off = try #require(learnt[false]), on = try #require(learnt[true])
        // Off: each track's P_D leans on its sensor's by the fixed 2 looks, and the sensor's P̂_s
        // carries the 15 ended tracks' last misses.
        #expect(off.trackDetectionPriorWeight == 2)
        #expect(try #require(on.trackDetectionPriorWeight) > 20)
        let pOff = try #require(off.sensorDetectionProbabilities[0]), pOn = try #require(on.sensorDetectionProbabilities[0])
        #expect(pOn > pOff)
        #expect(abs(pOn - 0.8) < abs(pOff - 0.8))
        // --fixed-pd learns neither.
        var fixed = TrackerConfiguration()
        fixed.learnPdSpread = true
        fixed.fixedPd = true
        var tracker = fixed.makeTracker()
        for (k, detections) in scans.prefix(50).enumerated() { _ = tracker.step(at: Double(k), detections: detections) }
        #expect(tracker.conditions?.trackDetectionPriorWeight == nil)
        #expect(tracker.conditions?.sensorDetectionProbabilities.isEmpty == true)
    }
}
