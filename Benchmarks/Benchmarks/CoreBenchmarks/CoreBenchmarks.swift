import Benchmark
import BenchmarkSupport
import GuidepostCore

/// GuidepostCore's hot paths: the EPSG:5179 projection both ways, and MGRS formatting and parsing.
/// Each iteration converts 1,000 seeded positions (`.kilo`), so the figures are per conversion.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = guidepostConfiguration()
    let positions = theatrePositions(count: 1_000)
    let planar = positions.map(TransverseMercator.epsg5179.forward)
    let references = positions.compactMap { try? MGRS($0) }
    let texts = references.map { $0.formatted() }

    Benchmark("EPSG:5179 forward") { benchmark in
        for i in benchmark.scaledIterations {
            blackHole(TransverseMercator.epsg5179.forward(positions[i % positions.count]))
        }
    }

    Benchmark("EPSG:5179 inverse") { benchmark in
        for i in benchmark.scaledIterations {
            blackHole(TransverseMercator.epsg5179.inverse(planar[i % planar.count]))
        }
    }

    Benchmark("EPSG:5179 forward+inverse") { benchmark in
        for i in benchmark.scaledIterations {
            let p = TransverseMercator.epsg5179.forward(positions[i % positions.count])
            blackHole(TransverseMercator.epsg5179.inverse(p))
        }
    }

    Benchmark("MGRS from WGS84, 1 m") { benchmark in
        for i in benchmark.scaledIterations {
            blackHole(try? MGRS(positions[i % positions.count]))
        }
    }

    Benchmark("MGRS format, 1 m") { benchmark in
        for i in benchmark.scaledIterations {
            blackHole(references[i % references.count].formatted())
        }
    }

    Benchmark("MGRS from WGS84 and format") { benchmark in
        for i in benchmark.scaledIterations {
            blackHole((try? MGRS(positions[i % positions.count]))?.formatted())
        }
    }

    Benchmark("MGRS parse") { benchmark in
        for i in benchmark.scaledIterations {
            blackHole(try? MGRS(parsing: texts[i % texts.count]))
        }
    }
}
