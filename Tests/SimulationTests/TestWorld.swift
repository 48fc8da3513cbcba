import Border
import GuidepostCore
import Scenario
import Simulation

/// Small scenarios written in YAML for engine tests, on the shipped MDL, in a 6 km stretch of
/// the central front (s = 90–96 km), with every position in (s, d).
enum TestWorld {
    static let line: DemarcationLine = {
        guard let l = try? MDLData.bundledLine() else { fatalError("the shipped MDL loads") }
        return l
    }()

    /// A scenario document around the given deployment, actors and terrain (YAML fragments).
    static func yaml(
        conditions: String = "[{light: night, moon: 0, wind: 2}]", deployment: String, actors: String, terrain: String = "[]",
        duration: String = "30m"
    ) -> String {
        """
        id: test
        title: engine test
        start: 2025-10-01T22:00:00+09:00
        duration: \(duration)
        conditions: \(conditions)
        window: {s: [88000, 98000], d: [-3000, 3000]}
        deployment: \(deployment)
        terrain: \(terrain)
        actors: \(actors)
        """
    }

    /// Loads, resolves and builds the border of a YAML scenario.
    static func world(_ text: String) throws -> (ResolvedScenario, BorderModel) {
        let scenario = try ScenarioLoader.load(yaml: text, file: "test.yaml").resolve(in: line)
        return (scenario, try scenario.makeBorderModel())
    }

    /// Runs a scenario to its end and returns everything it produced.
    static func run(_ text: String, seed: UInt64 = 7) throws -> SimulationOutput {
        let (scenario, border) = try world(text)
        var engine = SimulationEngine(
            scenario: scenario, border: border, options: SimulationOptions(seed: seed, duration: scenario.document.duration.seconds))
        var all = SimulationOutput()
        engine.run(sink: { out in
            all.detections += out.detections
            all.scans += out.scans
            all.truth += out.truth
            all.events += out.events
        })
        return all
    }

    /// Bare ground with no canopy over the test stretch, and a 40 m hill under the test sensors'
    /// spot (s = 93,000, d = −1,500) so they look down over the generated ground's rises: only
    /// what a test adds occludes.
    static let clearing = """
        [{kind: vegetation, cover: 0, polygon: [{s: 88000, d: -3000}, {s: 98000, d: -3000}, {s: 98000, d: 3000}, {s: 88000, d: 3000}]},
         {kind: hill, at: {s: 93000, d: -1500}, height: 40, radius: 400}]
        """
}
