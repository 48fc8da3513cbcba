import Foundation

/// The console's own page, script and style (no third-party code), from the target's resources.
enum ConsoleAssets {
    static func text(_ name: String) -> String? {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let url = Bundle.module.url(forResource: parts[0], withExtension: parts[1]) else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }
}
