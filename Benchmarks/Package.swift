// swift-tools-version: 6.1
// Benchmarks for Guidepost (ordo-one/package-benchmark), kept out of the main package so its
// dependencies never reach the product. Run: cd Benchmarks && swift package benchmark
import Foundation
import PackageDescription

/// The main package is `..`; SwiftPM names a path dependency after its folder (main, a worktree…).
let guidepost = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "GuidepostBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "BorderBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Border", package: guidepost),
                .product(name: "GuidepostCore", package: guidepost),
            ],
            path: "BorderBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
