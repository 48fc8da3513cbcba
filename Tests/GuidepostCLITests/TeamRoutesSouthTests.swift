import Border
import Foundation
import GuidepostCore
import Operations
import Pipeline
import Scenario
import TestSupport
import Testing
@testable import guidepost

/// On every seed scenario, no point of any guidance plan's team route, nor of the route the team
/// escorts the person along to reception, lies north of the MDL's southern candidate line
/// (issue 19). Uses the shared plays (`ScenarioPlays`) the outcome tests play anyway.
@Suite struct TeamRoutesSouthTests {
    static let seedScenarios = [
        "2012-10-02-goseong-knock", "2017-11-13-jsa-vehicle-sprint", "2017-12-21-yeoncheon-fog-walkup",
        "2019-07-27-east-sea-fishermen-return", "2019-07-31-imjin-river-float", "2020-11-03-goseong-fence-jump",
        "2021-02-16-goseong-swimmer", "2024-06-09-central-front-work-party", "2024-08-08-han-estuary-tidal-flat",
        "2024-08-20-goseong-staff-sergeant",
        "2025-07-03-central-west-civilian", "2025-10-19-central-front-soldier-pursuers",
    ]

    @Test(arguments: seedScenarios)
    func noTeamRouteOnASeedScenarioLiesNorthOfTheLine(_ name: String) async throws {
        let (result, scenario) = try await ScenarioPlays.shared.play(name)
        let band = try scenario.makeBorderModel().band
        var north: [String] = []
        for plan in result.plans {
            for (k, p) in plan.teamRoute.enumerated() where !band.isSouthOfBand(p) {
                north.append("\(plan.team) at t = \(plan.t): team route point \(k) of \(plan.teamRoute.count)")
            }
            for (k, p) in plan.personRoute.enumerated() where !band.isSouthOfBand(p) {
                north.append("\(plan.team) at t = \(plan.t): escorted route point \(k) of \(plan.personRoute.count)")
            }
        }
        #expect(north.isEmpty, "\(name): \(north.count) planned points north of the line: \(north.prefix(4))")
    }

    /// Every seed scenario is in the list above (a new one must be added to it).
    @Test func theListHoldsEverySeedScenario() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot() + "/scenarios")
        let names = files.filter { $0.hasPrefix("2") && $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }
        #expect(Set(names) == Set(Self.seedScenarios), "\(names.sorted())")
    }
}
