import Border
import GuidepostCore
import Operations
import Pipeline
import Scenario
import TestSupport
import Testing

/// On a long border (the full-border day) each after-action report draws its incident's own
/// area, not the whole 200 km window: the map stays small and shows only that incident.
@Suite struct RunReportsTests {
    @Test func anIncidentOnALongBorderGetsAMapOfItsOwnArea() throws {
        let (scenario, border) = try bundledScenario("full-border")
        #expect(scenario.s.upperBound - scenario.s.lowerBound > RunReports.sectorMapLimit)
        // A track walking 1.2 km south across the MDL at s = 100 km.
        let along = scenario.s.lowerBound + 100_000
        let track = stride(from: 600.0, through: -600, by: -50).map { d in border.band.line.point(AlongBorderCoordinate(s: along, d: d)) }
        var result = RunPipeline.Result(run: "r")
        result.paths["I-1"] = track
        result.paths["I-2"] = [border.band.line.point(AlongBorderCoordinate(s: along + 50_000, d: 0)), border.band.line.point(AlongBorderCoordinate(s: along + 50_000, d: -500))]
        let svg = try #require(RunReports.map(of: "I-1", result, scenario: scenario, border: border))
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("I-1 track"))
        #expect(!svg.contains("I-2 track"))
        #expect(svg.utf8.count < 1_000_000, "an incident's map is \(String(svg.utf8.count)) bytes")
        #expect(RunReports.map(of: "I-3", result, scenario: scenario, border: border) == nil)
    }
}
