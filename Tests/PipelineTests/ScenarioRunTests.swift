import Border
import FieldSimulation
import GuidepostCore
import Operations
import Pipeline
import Scenario
import TestSupport
import Testing

/// The run composition outside the CLI: a front end that steps a `ScenarioRun` itself (the
/// console) sees what `RunPipeline.play` logs, and the run's folder is built without I/O.
@Suite struct ScenarioRunTests {
    static let name = "2012-10-02-goseong-knock"

    @Test func steppingARunByHandLogsWhatPlayLogs() async throws {
        let (scenario, border) = try bundledScenario(Self.name)
        let seed = scenario.document.seed ?? 1
        let played = try await RunPipeline.play(scenario, border: border, seed: seed, legacy: false, run: "knock") { _, _ in }
        var run = try ScenarioRun(scenario, border: border, seed: seed, legacy: false, run: "knock")
        var events: [OperationsEvent] = []
        while let step = run.step() { events += step.result.events }
        events += run.finish()
        #expect(!events.isEmpty)
        #expect(events == played.events)
        #expect(run.engine.incidents == played.incidents)
        #expect(run.firstDetection == played.firstDetection)
        #expect(run.field.isFinished)
    }

    @Test func theReportsAreTheRunsFolderInOrder() async throws {
        let (scenario, border) = try bundledScenario(Self.name)
        let played = try await RunPipeline.play(
            scenario, border: border, seed: scenario.document.seed ?? 1, legacy: false, run: "knock") { _, _ in }
        let reports = try RunReports(result: played, scenario: scenario, border: border)
        let names = reports.files.map(\.name)
        #expect(names.first == "map.svg" && names.last == "events.jsonl")
        #expect(reports.written.count == played.incidents.count * ReportKind.allCases.count, "\(names)")
        #expect(names.dropFirst().dropLast().count == 2 * reports.written.count)
        #expect(reports.written.first?.seq == (played.events.last?.seq ?? 0) + 1)
        let log = try #require(reports.files.last).contents
        #expect(log == (played.events + reports.written).map { $0.jsonLine + "\n" }.joined())
        // The outcome table reads the same run.
        let outcome = RunOutcome(result: played, scenario: scenario)
        #expect(outcome.finalStateMatches && outcome.incidents == played.incidents.count)
    }

    @Test func aStoredIncidentIsFoundThroughTheEventLogPort() async throws {
        let (scenario, border) = try bundledScenario(Self.name)
        let played = try await RunPipeline.play(
            scenario, border: border, seed: scenario.document.seed ?? 1, legacy: false, run: "knock") { _, _ in }
        let log = InMemoryEventLog()
        try await log.append(played.events)
        let id = try #require(played.incidents.first?.id)
        let (record, incident) = try await StoredIncident.load(id: id.rawValue, run: nil, from: log)
        #expect(record.run == "knock" && incident == played.incidents.first)
        await #expect(throws: StoredIncident.Failure.self) { try await StoredIncident.load(id: "I-99", run: nil, from: log) }
        await #expect(throws: StoredIncident.Failure.self) { try await StoredIncident.load(id: id.rawValue, run: "other", from: log) }
    }

    @Test func theTrackerConfigurationCarriesTheDetectionConversion() {
        var c = TrackerConfiguration()
        #expect(c.detectionConversion == DetectionConversion(polar: false, rangeSigma: nil, bearingSigma: nil))
        c.polar = true
        c.bearingSigma = 2
        #expect(c.detectionConversion == DetectionConversion(polar: true, rangeSigma: nil, bearingSigma: 2))
    }

    @Test func publicFactsNameTheScenarioAndItsFront() throws {
        let (scenario, border) = try bundledScenario(Self.name)
        let facts = PublicFacts(of: scenario, border: border)
        #expect(facts.scenario == Self.name && facts.start == scenario.document.start.description)
        #expect(facts.front == "eastern front")  // Goseong, at the eastern end of the line
    }
}
