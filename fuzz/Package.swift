// swift-tools-version: 6.1
// Guidepost's libFuzzer harnesses, kept out of the main package so that its build and tests never
// compile with the sanitizers. One executable target per parser that takes outside input; each
// exports `LLVMFuzzerTestOneInput` and an entry point that runs libFuzzer's driver on it (SwiftPM
// defines an executable's `main` as `<Module>_main`, so libFuzzer's own `main` is never linked).
// Build and run from this folder (docs/fuzzing.md):
//   ./build.sh          # swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing
//   ./run.sh [RUNS]     # each harness for RUNS inputs (1,000,000 by default) from corpus/<Harness>/
// `-enable-testing` lets FuzzConsoleBodies reach the console's internal request bodies with
// `@testable import`, so no body type is made public for the fuzzer's sake.
import PackageDescription

/// Swift settings shared with the main package (STYLE.md §6.6).
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "GuidepostFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        // `name:` pins the identity: a path dependency is otherwise named after its folder.
        .package(name: "Guidepost", path: "..")
    ],
    targets: [
        // The declaration of libFuzzer's driver, which each harness's entry point calls.
        .target(name: "CFuzzerDriver", path: "Sources/CFuzzerDriver"),
        // The line splitter the JSON Lines harnesses share.
        .target(name: "FuzzSupport", dependencies: [.product(name: "GuidepostCore", package: "Guidepost")],
                path: "Sources/FuzzSupport", swiftSettings: strict),
    ]
)

/// A harness: an executable target in Sources/<name> built against the named Guidepost products.
func harness(_ name: String, _ products: [String], support: Bool = false) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["CFuzzerDriver"] + (support ? ["FuzzSupport"] : [])
            + products.map { .product(name: $0, package: "Guidepost") },
        path: "Sources/\(name)",
        // A one-file module would otherwise be a script whose top-level code defines the entry
        // point; the harness defines it itself (unsafe flags are allowed: this is a root package).
        swiftSettings: strict + [.unsafeFlags(["-parse-as-library"])])
}

package.targets += [
    harness("FuzzDetections", ["GuidepostCore", "Pipeline"], support: true),
    harness("FuzzRecords", ["GuidepostCore"], support: true),
    harness("FuzzScenario", ["Scenario"]),
    harness("FuzzNPY", ["Guidance", "GuidepostCore"]),
    harness("FuzzPlanningTask", ["Guidance", "GuidepostCore"]),
    harness("FuzzStoreImport", ["Operations", "GuidepostCore"], support: true),
    harness("FuzzCoTXML", ["CoT"]),
    harness("FuzzCoTStream", ["CoT"]),
    harness("FuzzTakProtocol", ["CoT"]),
    harness("FuzzConsoleBodies", ["Console", "Pipeline", "Operations"]),
]
