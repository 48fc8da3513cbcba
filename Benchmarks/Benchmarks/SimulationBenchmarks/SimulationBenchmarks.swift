import Benchmark
import BenchmarkSupport
import Border
import Scenario
import Simulation
import Synchronization

/// The simulator on the whole border (`scenarios/full-border.yaml`: 201 km of MDL, ~1,800
/// sensors and fence zones, ~2,000 animals, 24 h from 18:00), on one core.
///
/// One operation is **one simulated second**: each iteration advances the engine 1,000 s, and
/// `.kilo` scaling reports per operation, so the throughput is simulated seconds per wall-clock
/// second — the multiple of real time (issue 3's target: ≥ 1,000×), and 10⁶ / CPU µs per
/// operation the same on one core. The engine runs on from one iteration to the next, as in a
/// real run: records leave with each `advance` (black-holed here), so memory should stay flat.
/// Each benchmark's setup first runs the engine to its start time, outside the measurement, so
/// the lazily built horizon maps and the animals' spread are those of a run in progress. ARC
/// metrics are not asked for (they crash on our Linux machines).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = Benchmark.Configuration(
        metrics: guidepostMetrics, warmupIterations: 0, scalingFactor: .kilo, maxDuration: .seconds(60),
        maxIterations: 12)

    /// Seconds after 18:00 at which each measured stretch starts.
    let stretches: [(name: String, start: Double)] = [
        ("full border, night from 22:00 (strong wind), per simulated second", 4 * 3600),
        ("full border, day from 10:00, per simulated second", 16 * 3600),
    ]
    for stretch in stretches {
        let run = FullBorderRun(start: stretch.start)
        Benchmark(
            stretch.name,
            closure: { benchmark in
                run.advance(seconds: benchmark.scaledIterations.count)
            },
            setup: { run.warmUp() })
    }

    Benchmark(
        "full border, build the engine (deployment, actors)",
        configuration: .init(scalingFactor: .one, maxDuration: .seconds(30), maxIterations: 5)
    ) { benchmark in
        let (scenario, border) = FullBorderRun.load()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(SimulationEngine(scenario: scenario, border: border, options: FullBorderRun.options(scenario)))
        }
    }
}

/// One engine on `full-border.yaml` that runs on across iterations, behind a mutex (the
/// benchmark closure is `@Sendable`; iterations run one after another).
final class FullBorderRun: Sendable {
    let start: Double
    let engine = Mutex<SimulationEngine?>(nil)

    init(start: Double) { self.start = start }

    /// The scenario file beside this package, placed on the shipped MDL, and its border.
    static func load() -> (ResolvedScenario, BorderModel) {
        let root = String(#filePath.split(separator: "/Benchmarks/Benchmarks/", maxSplits: 1)[0])
        do {
            let line = try MDLData.bundledLine()
            let scenario = try ScenarioLoader.load(file: root + "/scenarios/full-border.yaml").resolve(in: line)
            return (scenario, try scenario.makeBorderModel())
        } catch {
            fatalError("cannot load scenarios/full-border.yaml: \(error)")
        }
    }

    /// The scenario's own seed and duration, as `guidepost simulate full-border` runs it.
    static func options(_ scenario: ResolvedScenario) -> SimulationOptions {
        SimulationOptions(seed: scenario.document.seed ?? 1, duration: scenario.document.duration.seconds)
    }

    /// Builds the engine and runs it to `start` a minute at a time, dropping the records as
    /// `guidepost simulate` writes them away (not measured).
    func warmUp() {
        engine.withLock { engine in
            guard engine == nil else { return }
            let (scenario, border) = Self.load()
            var e = SimulationEngine(scenario: scenario, border: border, options: Self.options(scenario))
            var t = 0.0
            while t < start {
                t = Swift.min(start, t + 60)
                blackHole(e.advance(to: t))
            }
            engine = e
        }
    }

    /// Advances `seconds` simulated seconds from where the last call stopped, one second per
    /// `advance`, as Operations drives the engine. Nothing is simulated past the run's 24 h; the
    /// iteration limit (12 × 1,000 s = 3 h 20 min) keeps both stretches inside it.
    func advance(seconds: Int) {
        engine.withLock { engine in
            guard var e = engine else { return }
            engine = nil  // keep the engine's storage uniquely referenced while it mutates
            for _ in 0..<seconds { blackHole(e.advance(to: e.time + 1)) }
            engine = e
        }
    }
}
