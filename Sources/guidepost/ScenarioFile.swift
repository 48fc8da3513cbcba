import Border
import Foundation
import GuidepostCore
import Scenario

/// Finds, loads and places a scenario named on the command line: a path to a YAML file, or the
/// name of a bundled scenario (`2019-07-31-imjin-river-float`, with or without `.yaml`) looked up
/// in `scenarios/` under the current folder and then beside the executable's package.
enum ScenarioFile {
    /// The path of the scenario file `argument` names.
    static func path(for argument: String) throws -> String {
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: argument, isDirectory: &isFolder), !isFolder.boolValue { return argument }
        let name = argument.hasSuffix(".yaml") ? argument : argument + ".yaml"
        var folders = [fm.currentDirectoryPath + "/scenarios"]
        // `swift run` puts the binary in <package>/.build/<triple>/<config>/; look beside the package too.
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            folders.append(url.path + "/scenarios")
            url.deleteLastPathComponent()
        }
        for folder in folders where fm.fileExists(atPath: folder + "/" + name) { return folder + "/" + name }
        let known = (try? fm.contentsOfDirectory(atPath: fm.currentDirectoryPath + "/scenarios"))?
            .filter { $0.hasSuffix(".yaml") }.sorted().map { String($0.dropLast(5)) } ?? []
        throw InputError(
            file: argument, reason: "no such scenario file",
            hint: known.isEmpty ? "give a path to a YAML file" : "bundled scenarios: " + known.joined(separator: ", "), kind: .unreadable)
    }

    /// The resource limits scenarios are checked against: the defaults, raised or lowered by
    /// `GUIDEPOST_MAX_RUN_DURATION`, `GUIDEPOST_MAX_INDIVIDUALS`, `GUIDEPOST_MAX_WINDOW_AREA`
    /// (docs/limits.md). Every command that loads a scenario goes through here.
    static func limits() throws -> ScenarioLimits {
        try ScenarioLimits(environment: ProcessInfo.processInfo.environment)
    }

    /// Loads and places the scenario in `file` on the shipped MDL, checked against `limits()`:
    /// what `check-scenario` checks and every other command refuses.
    static func loadAndResolve(file: String) throws -> ResolvedScenario {
        let limits = try limits()
        let line = try MDLData.bundledLine()
        return try ScenarioLoader.load(file: file, limits: limits).resolve(in: line, limits: limits)
    }

    /// Loads the scenario, places it on the shipped MDL and builds its border with its overrides.
    static func load(_ argument: String) throws -> (scenario: ResolvedScenario, border: BorderModel) {
        let resolved = try loadAndResolve(file: try path(for: argument))
        return (resolved, try resolved.makeBorderModel())
    }
}
