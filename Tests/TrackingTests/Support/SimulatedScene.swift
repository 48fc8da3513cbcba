import GuidepostCore
import RealModule
import Tracking

/// A small seeded scene generator for tests (the real simulator lives in Simulation, which
/// Tracking must not see): targets move by a per-second velocity function; each scan, each
/// target is detected with probability pd with Gaussian noise σ, plus Poisson clutter.
struct SimulatedScene {
    struct Target {
        var id: String
        var position: Point
        /// The velocity to use during second `k`, given the generator (for random walks).
        var velocity: (Int, inout SeededGenerator) -> Vector2
        var size: Double? = nil
    }

    var targets: [Target]
    var pd = 0.9
    var sigma = 5.0
    var clutterPerScan = 0.0
    var clutterBox = (min: origin, max: origin + Vector2(2000, 2000))

    /// Scans of one second: (time, detections, truth).
    mutating func run(scans: Int, seed: UInt64) -> [(time: Double, detections: [Detection], truth: [(id: String, position: Point)])] {
        var rng = SeededGenerator(seed: seed)
        var out: [(Double, [Detection], [(id: String, position: Point)])] = []
        for k in 0..<scans {
            let t = Double(k)
            var detections: [Detection] = []
            var truth: [(id: String, position: Point)] = []
            for i in targets.indices {
                if k > 0 { targets[i].position = targets[i].position + targets[i].velocity(k, &rng) }
                let p = targets[i].position
                truth.append((targets[i].id, p))
                if rng.bernoulli(pd) {
                    let z = Point(x: p.x + rng.normal() * sigma, y: p.y + rng.normal() * sigma)
                    let size = targets[i].size.map { $0 + 0.1 * rng.normal() }
                    detections.append(
                        Detection(time: t, position: z, covariance: .isotropic(sigma: sigma), thermalSize: size))
                }
            }
            for _ in 0..<rng.poisson(mean: clutterPerScan) {
                let z = Point(
                    x: clutterBox.min.x + rng.uniform() * (clutterBox.max.x - clutterBox.min.x),
                    y: clutterBox.min.y + rng.uniform() * (clutterBox.max.y - clutterBox.min.y))
                detections.append(Detection(time: t, position: z, covariance: .isotropic(sigma: sigma)))
            }
            out.append((t, detections, truth))
        }
        return out
    }

    /// A person walking straight at `speed` m/s on `heading` radians (anticlockwise from east).
    static func walker(_ id: String, at p: Point, heading: Double, speed: Double = 1.3) -> Target {
        let v = Vector2(Double.cos(heading) * speed, Double.sin(heading) * speed)
        return Target(id: id, position: p, velocity: { _, _ in v })
    }
}
