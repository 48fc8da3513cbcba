public import GuidepostCore

/// Shared helpers for test targets only (never imported by Sources).

/// Runs `body` once per seed, with a labelled generator; failures name the seed.
public func withEverySeed(_ seeds: Range<UInt64>, _ body: (UInt64, inout SeededGenerator) throws -> Void) rethrows {
    for seed in seeds {
        var rng = SeededGenerator(seed: seed)
        try body(seed, &rng)
    }
}

/// The repository's root folder, found from this source file's location, so tests can read
/// bundled files (scenarios, fixtures) wherever `swift test` is run from.
public func repositoryRoot(file: String = #filePath) -> String {
    var parts = file.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    while let last = parts.last, last != "Tests" { parts.removeLast() }
    parts.removeLast()
    return parts.joined(separator: "/")
}
