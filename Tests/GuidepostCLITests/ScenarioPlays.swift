import GuidepostCore
import Operations
import Pipeline
import Scenario
import TestSupport
@testable import guidepost

/// Whole-scenario runs shared by the tests that examine them: each scenario and mode is played
/// once per test process, however many tests look at it (a debug-build play of a long scenario
/// takes minutes). Concurrent requests for the same play wait for the one already under way.
actor ScenarioPlays {
    typealias Play = (result: RunPipeline.Result, scenario: ResolvedScenario)

    static let shared = ScenarioPlays()
    private var plays: [String: Task<Play, any Error>] = [:]

    /// The shared play of bundled scenario `name` with its own seed (`legacy`: the old console).
    func play(_ name: String, legacy: Bool = false) async throws -> Play {
        let key = legacy ? "\(name) legacy" : name
        if let running = plays[key] { return try await running.value }
        let task = Task { try await Self.fresh(name, legacy: legacy) }
        plays[key] = task
        return try await task.value
    }

    /// A new play, shared with nobody (for comparing two runs of the same scenario).
    static func fresh(_ name: String, legacy: Bool = false) async throws -> Play {
        let (scenario, border) = try ScenarioFile.load(repositoryRoot() + "/scenarios/\(name).yaml")
        let seed = scenario.document.seed ?? 1
        let result = try await RunPipeline.play(
            scenario, border: border, seed: seed, legacy: legacy, run: RunID("\(name)-test")) { _, _ in }
        return (result, scenario)
    }
}
