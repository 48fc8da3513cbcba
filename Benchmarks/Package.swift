// swift-tools-version: 6.1
// Guidepost's benchmarks (ordo-one/benchmark), kept out of the main package so that its build
// and tests never fetch or compile the benchmark tooling. Run from this folder:
//   swift package --disable-sandbox benchmark
// Each suite is one executable target under Benchmarks/<Name>; add a new one with `suite(...)`.
import PackageDescription

/// Swift settings shared with the main package (STYLE.md §6.6).
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "GuidepostBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        // `name:` pins the identity: a path dependency is otherwise named after its folder,
        // which differs between checkouts.
        .package(name: "Guidepost", path: ".."),
        // ARC metrics crash on our Linux machines, so the runtime interposer trait stays off.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .target(
            name: "BenchmarkSupport",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "GuidepostCore", package: "Guidepost"),
            ],
            swiftSettings: strict)
    ]
)

/// A benchmark suite: an executable target in Benchmarks/<name> run by the benchmark plugin.
func suite(_ name: String, dependencies: [Target.Dependency]) -> Target {
    .executableTarget(
        name: name,
        dependencies: [.product(name: "Benchmark", package: "benchmark"), "BenchmarkSupport"] + dependencies,
        path: "Benchmarks/\(name)",
        swiftSettings: strict,
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")])
}

package.targets += [
    suite("CoreBenchmarks", dependencies: [.product(name: "GuidepostCore", package: "Guidepost")]),
    suite(
        "BorderBenchmarks",
        dependencies: [
            .product(name: "Border", package: "Guidepost"), .product(name: "GuidepostCore", package: "Guidepost"),
        ]),
    suite(
        "SimulationBenchmarks",
        dependencies: [
            .product(name: "Simulation", package: "Guidepost"), .product(name: "Scenario", package: "Guidepost"),
            .product(name: "Border", package: "Guidepost"),
        ]),
    suite(
        "TrackingBenchmarks",
        dependencies: [
            .product(name: "Tracking", package: "Guidepost"), .product(name: "GuidepostCore", package: "Guidepost"),
            .product(name: "Pipeline", package: "Guidepost"),
        ]),
]
