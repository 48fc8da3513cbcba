public import Benchmark
public import GuidepostCore

/// What every Guidepost benchmark measures: time, allocations and throughput. ARC metrics
/// (retain/release counts) are left out: the runtime interposer they need crashes on our
/// Linux machines (Swift 6.3).
public let guidepostMetrics: [BenchmarkMetric] = [
    .wallClock, .cpuTotal, .throughput, .mallocCountTotal, .peakMemoryResident,
]

/// The configuration suites start from: `.kilo` scaling (each iteration does 1,000 operations,
/// so results read per operation), a short warm-up, and at most two seconds per benchmark so a
/// full run stays quick on a shared 2-core machine.
public func guidepostConfiguration() -> Benchmark.Configuration {
    Benchmark.Configuration(
        metrics: guidepostMetrics, warmupIterations: 10, scalingFactor: .kilo, maxDuration: .seconds(2),
        maxIterations: 10_000)
}

/// `count` seeded positions over the Korean theatre (lon 124–132°E, lat 33–43.5°N), the same
/// on every run so runs compare.
public func theatrePositions(count: Int, seed: UInt64 = 5179) -> [GeoCoordinate] {
    var rng = SeededGenerator(seed: seed)
    return (0..<count).map { _ in
        GeoCoordinate(longitude: 124 + 8 * rng.uniform(), latitude: 33 + 10.5 * rng.uniform())
    }
}
