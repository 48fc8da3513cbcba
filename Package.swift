// swift-tools-version: 6.1
// Guidepost: border surveillance, tracking and guidance for the Korean DMZ.
// Module boundaries follow docs/architecture.md (from ../shared/DESIGN.md); CI checks every import.
import PackageDescription

/// Strict settings applied to every target (STYLE.md §6.6).
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Guidepost",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "guidepost", targets: ["guidepost"]),
        .library(name: "GuidepostCore", targets: ["GuidepostCore"]),
        .library(name: "Border", targets: ["Border"]),
        .library(name: "Scenario", targets: ["Scenario"]),
        .library(name: "Simulation", targets: ["Simulation"]),
        .library(name: "Tracking", targets: ["Tracking"]),
        .library(name: "Evaluation", targets: ["Evaluation"]),
        .library(name: "Guidance", targets: ["Guidance"]),
        .library(name: "Operations", targets: ["Operations"]),
        .library(name: "Casework", targets: ["Casework"]),
        .library(name: "StoreSQLite", targets: ["StoreSQLite"]),
        .library(name: "StoreCore", targets: ["StoreCore"]),
        .library(name: "CaseVault", targets: ["CaseVault"]),
        // PostgreSQL event log (branch pg).
        .library(name: "StorePostgres", targets: ["StorePostgres"]),
        // The run composition shared by the CLI and the console (issue 15).
        .library(name: "FieldSimulation", targets: ["FieldSimulation"]),
        .library(name: "Pipeline", targets: ["Pipeline"]),
        .library(name: "Console", targets: ["Console"]),
        // Live detection feeds for the watch: a TCP listener, standard input, a recorded file.
        .library(name: "LiveFeed", targets: ["LiveFeed"]),
        // Cursor on Target for TAK: the XML and TAK-protocol codecs, stream framing, negotiation.
        .library(name: "CoT", targets: ["CoT"]),
        // The field's devices: the watch on a TAK server (issue 16).
        .library(name: "TakLink", targets: ["TakLink"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        // PostgreSQL event log (branch pg).
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // The web console (issue 15).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.1"),
        // Live detection feeds (already in the graph through Hummingbird; named for LiveFeed's own imports).
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        // TLS to TAK servers (client certificates, as on a TAK server's port 8089).
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        .target(
            name: "GuidepostCore",
            dependencies: [.product(name: "RealModule", package: "swift-numerics")],
            swiftSettings: strict),
        .target(
            name: "Border",
            dependencies: ["GuidepostCore"],
            resources: [.copy("Resources/mdl.geojson"), .copy("Resources/mdl-guidepost.geojson")],
            swiftSettings: strict),
        .target(
            name: "Scenario",
            dependencies: ["GuidepostCore", "Border", "Yams"],
            swiftSettings: strict),
        .target(
            name: "Simulation",
            dependencies: ["GuidepostCore", "Border", "Scenario"],
            swiftSettings: strict),
        .target(
            name: "Tracking",
            dependencies: ["GuidepostCore", .product(name: "RealModule", package: "swift-numerics")],
            swiftSettings: strict),
        .target(
            name: "Evaluation",
            dependencies: ["GuidepostCore", .product(name: "RealModule", package: "swift-numerics")],
            swiftSettings: strict),
        .target(
            name: "Guidance",
            dependencies: [
                "GuidepostCore", "Border", .product(name: "RealModule", package: "swift-numerics"),
                .product(name: "HeapModule", package: "swift-collections"),
            ],
            swiftSettings: strict),
        .target(
            name: "Operations",
            dependencies: ["GuidepostCore", "StoreCore", "Border", "Tracking", "Guidance"],
            swiftSettings: strict),
        .target(
            name: "StoreCore",
            dependencies: ["GuidepostCore", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict),
        .target(
            name: "Casework",
            dependencies: ["GuidepostCore", "StoreCore"],
            resources: [.copy("Resources/entitlements.json")],
            swiftSettings: strict),
        .target(
            name: "CaseVault",
            dependencies: ["GuidepostCore", "StoreCore", "Casework", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict),
        .target(
            name: "StoreSQLite",
            dependencies: ["GuidepostCore", "StoreCore", "Operations", "Casework", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict),
        // PostgreSQL event log (branch pg).
        .target(
            name: "StorePostgres",
            dependencies: [
                "GuidepostCore", "StoreCore", "Operations", "Casework",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),
        // The simulator behind Operations' field port, and scenario outcome checking (issue 15).
        .target(
            name: "FieldSimulation",
            dependencies: ["GuidepostCore", "Border", "Scenario", "Simulation", "Tracking", "Guidance", "Operations"],
            swiftSettings: strict),
        // The run composition as a library: tracker configuration, the run loop, reports without I/O (issue 15).
        .target(
            name: "Pipeline",
            dependencies: [
                "GuidepostCore", "Border", "Scenario", "Simulation", "Tracking", "Guidance", "Operations", "FieldSimulation",
                "StoreCore",
            ],
            swiftSettings: strict),
        .target(
            name: "Console",
            dependencies: [
                "GuidepostCore", "Operations", "Pipeline",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources/index.html"), .copy("Resources/console.js"), .copy("Resources/console.css")],
            swiftSettings: strict),
        // Live detection feeds: the TCP listener with its token check, standard input, a recorded file.
        .target(
            name: "LiveFeed",
            dependencies: [
                "GuidepostCore", "Pipeline",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            swiftSettings: strict),
        // Cursor on Target 2.0 for TAK servers and ATAK: own XML reader, protobuf codec, framing (no Foundation).
        .target(name: "CoT", swiftSettings: strict),
        .executableTarget(
            name: "guidepost",
            dependencies: [
                "GuidepostCore", "Border", "Scenario", "Simulation", "Tracking", "Evaluation",
                "Guidance", "Operations", "StoreCore", "Casework", "CaseVault", "StoreSQLite", "StorePostgres",
                "FieldSimulation", "Pipeline", "Console", "LiveFeed", "CoT", "TakLink", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),
        // The watch on a TAK server: the link (TCP/TLS, reconnection, the bounded outbox), the
        // frame-to-CoT mapping, the teams' devices joined into the feed (issue 16).
        .target(
            name: "TakLink",
            dependencies: [
                "GuidepostCore", "CoT", "Operations", "Pipeline",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "DequeModule", package: "swift-collections"),
            ],
            swiftSettings: strict),
        .target(
            name: "TestSupport",
            dependencies: ["GuidepostCore", "Border", "Scenario", "Operations", "StoreCore", "Casework"],
            path: "Tests/TestSupport",
            swiftSettings: strict),
        .testTarget(
            name: "GuidepostCoreTests", dependencies: ["GuidepostCore", "TestSupport"],
            exclude: ["Fixtures"],  // read from the repository by path (TestSupport.repositoryRoot)
            swiftSettings: strict),
        .testTarget(name: "BorderTests", dependencies: ["Border", "GuidepostCore", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "ScenarioTests", dependencies: ["Scenario", "Border", "GuidepostCore", "TestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "SimulationTests", dependencies: ["Simulation", "Scenario", "Border", "GuidepostCore", "TestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "TrackingTests", dependencies: ["Tracking", "Evaluation", "GuidepostCore", "TestSupport"],
            swiftSettings: strict),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "GuidepostCore"], swiftSettings: strict),
        .testTarget(
            name: "GuidanceTests", dependencies: ["Guidance", "Border", "GuidepostCore", "TestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "OperationsTests", dependencies: ["Operations", "Border", "Casework", "GuidepostCore", "TestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "PipelineTests",
            dependencies: ["Pipeline", "FieldSimulation", "Operations", "Scenario", "Border", "Tracking", "GuidepostCore", "TestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "StoreSQLiteTests",
            dependencies: ["StoreSQLite", "StoreCore", "Casework", "CaseVault", "Operations", "GuidepostCore", "TestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "CaseworkTests", dependencies: ["Casework", "CaseVault", "StoreCore", "GuidepostCore", "TestSupport"],
            swiftSettings: strict),
        // PostgreSQL event log (branch pg): the live-server helpers, and the adapter's tests.
        .target(
            name: "PostgresTestSupport",
            dependencies: [
                "StorePostgres", .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/PostgresTestSupport",
            swiftSettings: strict),
        .testTarget(
            name: "StorePostgresTests",
            dependencies: [
                "StorePostgres", "PostgresTestSupport", "Operations", "StoreCore", "Casework", "CaseVault", "GuidepostCore",
                "TestSupport", .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: strict),
        .testTarget(
            name: "ConsoleTests",
            dependencies: [
                "Console", "Pipeline", "Operations", "GuidepostCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HummingbirdWSTesting", package: "hummingbird-websocket"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
            ],
            swiftSettings: strict),
        .testTarget(
            name: "TakLinkTests",
            dependencies: [
                "guidepost", "TakLink", "CoT", "Pipeline", "Operations", "GuidepostCore", "TestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            swiftSettings: strict),
        .testTarget(
            name: "LiveFeedTests",
            dependencies: [
                "LiveFeed", "Pipeline", "GuidepostCore", "TestSupport", .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: strict),
        .testTarget(
            name: "CoTTests", dependencies: ["CoT", "GuidepostCore"],
            exclude: ["Fixtures"],  // read from the repository by path (tools/cot-fixtures writes them)
            swiftSettings: strict),
        .testTarget(
            name: "GuidepostCLITests",
            dependencies: [
                "guidepost", "GuidepostCore", "Border", "Evaluation", "Scenario", "Simulation", "Tracking", "Guidance", "Operations",
                "FieldSimulation", "Pipeline", "LiveFeed", "StoreSQLite", "StoreCore", "Casework", "CaseVault", "StorePostgres",
                "PostgresTestSupport", "TestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: strict),
    ]
)
