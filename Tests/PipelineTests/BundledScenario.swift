import Border
import Scenario
import TestSupport

/// A bundled scenario placed on the shipped MDL and its border built, as a front end outside
/// the CLI loads one (the CLI's `ScenarioFile` adds only the lookup by name).
func bundledScenario(_ name: String) throws -> (scenario: ResolvedScenario, border: BorderModel) {
    let resolved = try ScenarioLoader.load(file: repositoryRoot() + "/scenarios/\(name).yaml").resolve(in: try MDLData.bundledLine())
    return (resolved, try resolved.makeBorderModel())
}
