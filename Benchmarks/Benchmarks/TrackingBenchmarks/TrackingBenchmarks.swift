import Benchmark
import BenchmarkSupport
import Foundation
import GuidepostCore
import Pipeline
import Synchronization
import Tracking

/// The tracker's cost per scan in its steady state, at 10, 100 and 1,000 targets.
///
/// The scene is bench/tracking's: N people walking at 1.3 m/s on a strip 500·N m wide by 4 km
/// (placed in EPSG:5179 at x 1,000 km, y 2,000 km), one sensor scanning every second with
/// P_D 0.9 and σ 5 m, and on average 20 clutter detections per scan spread uniformly over the
/// strip — seeded, so every run sees the same detections. The tracker is the default one,
/// `TrackerConfiguration().makeTracker()` (JPDA, the stop–walk–manoeuvre IMM, learnt clutter
/// and P_D); GNN + constant velocity at 1,000 targets is there for comparison.
///
/// One operation is **one scan** (`.one` scaling): each iteration makes the next scan's
/// detections, then measures one `StandardTracker.step(at:detections:)` on them (start/stop
/// measurement around the step alone). The scene runs on from one iteration to the next, so time
/// only increases and every target keeps its track, as in a live run. Each benchmark's setup first
/// runs the tracker over 100 scans (not measured) so that the targets' tracks are confirmed.
/// "Confirmed tracks" is the number of tracks the step reports, to show the steady state.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = Benchmark.Configuration(
        metrics: guidepostMetrics + [TrackingRun.confirmedTracks], warmupIterations: 10, scalingFactor: .one,
        maxDuration: .seconds(5), maxIterations: 2_000)

    var gnnCV = TrackerConfiguration()
    gnnCV.associator = .gnn
    gnnCV.filter = .cv
    let standard = "default: JPDA + stop-walk-manoeuvre IMM, learnt clutter"
    let cases: [(name: String, targets: Int, configuration: TrackerConfiguration, maxIterations: Int)] = [
        ("Tracker step, 10 targets (\(standard))", 10, TrackerConfiguration(), 5_000),
        ("Tracker step, 100 targets (\(standard))", 100, TrackerConfiguration(), 2_000),
        ("Tracker step, 1,000 targets (\(standard))", 1_000, TrackerConfiguration(), 500),
        ("Tracker step, 1,000 targets (GNN + CV, learnt clutter)", 1_000, gnnCV, 500),
    ]
    for c in cases {
        let run = TrackingRun(targets: c.targets, configuration: c.configuration)
        Benchmark(
            c.name, configuration: .init(maxIterations: c.maxIterations),
            closure: { benchmark in run.step(benchmark) },
            setup: { run.warmUp() },
            teardown: { run.tearDown() })
    }
}

/// A scene and the tracker following it, kept across iterations behind a mutex (the benchmark
/// closure is `@Sendable`; iterations run one after another).
final class TrackingRun: Sendable {
    /// Confirmed tracks after each measured step (not scaled: one scan per iteration).
    static let confirmedTracks = BenchmarkMetric.custom(
        "Confirmed tracks", polarity: .prefersSmaller, useScalingFactor: false)
    /// Scans the tracker runs before measuring, so that the targets' tracks are confirmed.
    static let warmUpScans = 100

    let targets: Int
    let configuration: TrackerConfiguration
    let state = Mutex<(scene: WalkerScene, tracker: StandardTracker)?>(nil)

    init(targets: Int, configuration: TrackerConfiguration) {
        self.targets = targets
        self.configuration = configuration
    }

    /// Builds the scene and the tracker and runs 100 scans (not measured); stops if the targets are
    /// not tracked by then, since the figures would not be the steady state's.
    func warmUp() {
        state.withLock { state in
            guard state == nil else { return }
            var scene = WalkerScene(targets: targets, seed: 2_000 + UInt64(targets))
            var tracker = configuration.makeTracker()
            var confirmed = 0
            for _ in 0..<Self.warmUpScans {
                let scan = scene.nextScan()
                confirmed = tracker.step(at: scan.time, detections: scan.detections).count
            }
            guard confirmed >= targets * 8 / 10 else {
                fatalError("\(confirmed) confirmed tracks for \(targets) targets after \(Self.warmUpScans) scans")
            }
            state = (scene, tracker)
        }
    }

    /// Makes the next scan (not measured) and measures the tracker's step on it.
    func step(_ benchmark: Benchmark) {
        state.withLock { state in
            guard var run = state else { return }
            state = nil  // keep the tracker's storage uniquely referenced while it mutates
            let scan = run.scene.nextScan()
            benchmark.startMeasurement()
            let confirmed = run.tracker.step(at: scan.time, detections: scan.detections).count
            benchmark.stopMeasurement()
            benchmark.measurement(Self.confirmedTracks, confirmed)
            state = run
        }
    }

    /// Drops the scene and the tracker, so that the next benchmark in this process starts clean.
    func tearDown() {
        state.withLock { $0 = nil }
    }
}

/// N walkers on a strip 500·N m wide by 4 km and the detections of one sensor scanning it every
/// second: each walker is seen with probability 0.9 at its position plus N(0, 5²) per axis, and
/// Poisson(20) clutter detections fall uniformly over the strip. Walkers keep 1.3 m/s, their
/// heading wanders (N(0, 3°) a second) and they turn back at the strip's edges.
struct WalkerScene: Sendable {
    static let origin = Point(x: 1_000_000, y: 2_000_000)
    static let speed = 1.3, sigma = 5.0, detectionProbability = 0.9, clutterPerScan = 20.0
    static let height = 4_000.0, widthPerTarget = 500.0
    static let headingNoise = 3.0 * Double.pi / 180

    let width: Double
    var positions: [SIMD2<Double>]
    var headings: [Double]
    var rng: SeededGenerator
    var time = 0.0

    init(targets: Int, seed: UInt64) {
        let width = Self.widthPerTarget * Double(targets)
        var rng = SeededGenerator(seed: seed)
        self.width = width
        positions = (0..<targets).map { _ in SIMD2(rng.uniform() * width, rng.uniform() * Self.height) }
        headings = (0..<targets).map { _ in 2 * Double.pi * rng.uniform() }
        self.rng = rng
    }

    /// Moves every walker on one second and returns that scan's detections, ordered by x (as
    /// bench/tracking writes them).
    mutating func nextScan() -> (time: Double, detections: [Detection]) {
        time += 1
        let noise = Covariance2.isotropic(sigma: Self.sigma)
        var detections: [Detection] = []
        detections.reserveCapacity(positions.count + 2 * Int(Self.clutterPerScan))
        for i in positions.indices {
            headings[i] += rng.normal(mean: 0, sigma: Self.headingNoise)
            var p = positions[i] + Self.speed * SIMD2(sin(headings[i]), cos(headings[i]))
            // Turn back at the edges (mirror the heading in the edge).
            if p.x < 0 || p.x > width {
                p.x = p.x < 0 ? -p.x : 2 * width - p.x
                headings[i] = -headings[i]
            }
            if p.y < 0 || p.y > Self.height {
                p.y = p.y < 0 ? -p.y : 2 * Self.height - p.y
                headings[i] = Double.pi - headings[i]
            }
            positions[i] = p
            if rng.bernoulli(Self.detectionProbability) {
                let z = Point(
                    x: Self.origin.x + p.x + rng.normal(mean: 0, sigma: Self.sigma),
                    y: Self.origin.y + p.y + rng.normal(mean: 0, sigma: Self.sigma))
                detections.append(Detection(time: time, position: z, covariance: noise))
            }
        }
        for _ in 0..<rng.poisson(mean: Self.clutterPerScan) {
            let z = Point(x: Self.origin.x + rng.uniform() * width, y: Self.origin.y + rng.uniform() * Self.height)
            detections.append(Detection(time: time, position: z, covariance: noise))
        }
        detections.sort { ($0.position.x, $0.position.y) < ($1.position.x, $1.position.y) }
        return (time, detections)
    }
}
