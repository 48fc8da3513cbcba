import ArgumentParser
import Border
import Foundation
import Guidance
import GuidepostCore
import Pipeline
import Testing
import TestSupport
@testable import guidepost

/// `guidepost guide` in-process on the bundled central-west scenario, on 20 m cells and with a
/// 600 m weapon range (fewer viewsheds) to keep the test quick.
struct GuideCommandTests {
    static let scenario = repositoryRoot() + "/scenarios/2025-07-03-central-west-civilian.yaml"
    static let small = ["--margin", "800", "--cell", "20", "--weapon-range", "600"]

    /// One run of the command (map, GeoJSON) and one of the same pipeline in-process: the same
    /// bytes come out, the report adds up to the planner's cost, and the instructions end at GOP.
    @Test func guidesDeterministicallyAndTheReportAddsUp() async throws {
        let dir = try PlanCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let geo = dir.appendingPathComponent("route.geojson").path
        let svg = dir.appendingPathComponent("route.svg").path
        let code = try await PlanCommandTests.exitCode(["guide", Self.scenario, "--geojson", geo, "--out", svg, "--json"] + Self.small)
        #expect(code == 0)
        let fromCommand = try String(contentsOfFile: geo, encoding: .utf8)
        let map = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(map.contains("<svg") && map.contains("route out:") && map.contains("meet here"))

        let setup = try GuideSetup.make(scenario: Self.scenario, from: nil, to: nil, light: nil, margin: 800, cell: 20)
        #expect(setup.light == .night)  // the team appears at 21:30
        #expect(setup.border.band.isSouthOfBand(setup.start))
        var request = GuidePlanner.Request(
            border: setup.border, window: setup.window, person: CostModel(light: setup.light), start: setup.start, goal: setup.goal,
            teamPost: setup.teamPost)
        request.destinationName = setup.destinationName
        request.person.weaponRange = 600
        request.team.weaponRange = 600
        let result = try GuidePlanner.plan(request)
        let out = GuideOutput(setup: setup, result: result)
        #expect(out.geoJSON() == fromCommand)

        let geojson = try #require(try JSONSerialization.jsonObject(with: Data(fromCommand.utf8)) as? [String: Any])
        let features = try #require(geojson["features"] as? [[String: Any]])
        let roles = Set(features.compactMap { ($0["properties"] as? [String: Any])?["role"] as? String })
        #expect(roles == ["person", "team", "meeting-point"])

        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.json().utf8)) as? [String: Any])
        let route = try #require(json["route"] as? [String: Any])
        let time = try #require(route["time_s"] as? Double), hazard = try #require(route["mine_hazard"] as? Double)
        let exposure = try #require(route["exposure_s"] as? Double), cost = try #require(route["weighted_cost"] as? Double)
        let m = CostModel(light: .night)
        #expect(abs(time + m.riskWeight * hazard + m.exposureWeight * exposure - cost) <= 1e-9 * cost)
        let planned = try #require(EdgeRule(cellMetres: 20).pathCost(result.personRoute, in: result.personSurface.grid))
        #expect(abs(planned - cost) <= 1e-9 * cost)
        let sentences = try #require(json["instructions"] as? [String])
        #expect(!sentences.isEmpty && sentences.allSatisfy { $0.hasPrefix("Walk ") })
        #expect(sentences.last?.contains("the reception point at GOP-") == true)
    }

    @Test func badInputIsRefused() async throws {
        #expect(throws: (any Error).self) { try Guidepost.parseAsRoot(["guide", Self.scenario, "--from", "127.1"]) }
        #expect(throws: (any Error).self) { try Guidepost.parseAsRoot(["guide", Self.scenario, "--from", "38.28,127.10"]) }
        #expect(throws: (any Error).self) { try Guidepost.parseAsRoot(["guide", Self.scenario, "--weight", "-1"]) }
        #expect(throws: (any Error).self) { try Guidepost.parseAsRoot(["guide", Self.scenario, "--light", "dusk"]) }
        #expect(try await PlanCommandTests.exitCode(["guide", "no-such-scenario"] + Self.small) == ExitStatus.missingInput)
    }
}
