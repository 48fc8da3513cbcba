import Benchmark
import Border
import GuidepostCore

/// Border's hot paths: rasterising a 10 km × 8 km window at 10 m (800,000 cells), point
/// queries, the (s, d) frame, and a post's viewshed. Metrics: wall clock, mallocs, throughput.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .mallocCountTotal, .throughput], maxDuration: .seconds(20), maxIterations: 20)

    // A model and window built once, outside the timed region.
    guard let model = try? BorderModel(seed: 1),
        let window = try? RasterWindow(centre: GeoCoordinate(longitude: 128.33, latitude: 38.60), width: 10_000, height: 8000, cellSize: 10)
    else { fatalError("cannot build the benchmark border") }

    Benchmark("rasterise 10x8 km at 10 m (800k cells)", configuration: .init(maxIterations: 5)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(model.rasterise(window)) }
    }

    let points: [Point] = (0..<10_000).map { k in
        window.centre(row: (k * 7919) % window.rows, column: (k * 104_729) % window.columns)
    }
    Benchmark("sample(at:) x10k", configuration: .init(scalingFactor: .one)) { benchmark in
        for _ in benchmark.scaledIterations {
            for p in points { blackHole(model.sample(at: p)) }
        }
    }

    Benchmark("alongBorder x10k") { benchmark in
        for _ in benchmark.scaledIterations {
            for p in points { blackHole(model.line.alongBorder(p)) }
        }
    }

    guard let post = model.posts.first(where: { $0.kind == .rokGuardPost && $0.status == .manned }) else {
        fatalError("the standard border has manned ROK guard posts")
    }
    Benchmark("viewshed 360 rays x 4 km at 25 m", configuration: .init(maxIterations: 5)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(model.viewshed(of: post)) }
    }
}
