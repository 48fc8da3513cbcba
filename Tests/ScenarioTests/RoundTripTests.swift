import Scenario
import Testing

/// load → write → load gives an equal document, for every shipped scenario.
@Suite struct RoundTripTests {
    @Test(arguments: ScenarioFilesTests.files)
    func roundTrips(_ name: String) throws {
        let first = try ScenarioLoader.load(file: ScenarioFilesTests.directory + "/" + name).document
        let text = try ScenarioWriter.yaml(first)
        let second = try ScenarioLoader.load(yaml: text, file: "written-\(name)").document
        #expect(first == second)
        #expect(try ScenarioWriter.yaml(second) == text, "writing is deterministic")
    }
}
