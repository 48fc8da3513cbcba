import Border
import FieldSimulation
import GuidepostCore
import Operations
import Pipeline
import Scenario
import TestSupport
import Testing

/// A guidance team whose devices report where it is (ATAK SA over a TAK server) is re-planned
/// from there, not from its post: the 2019 Imjin float, whose person drifts and whose team is
/// re-planned once it is out, played with the simulated team's own positions reported by name.
@Suite struct ReportedTeamPositionTests {
    @Test func aTeamOutOnAnOperationIsReplannedFromWhereItReportsItself() throws {
        let (scenario, border) = try bundledScenario("2019-07-31-imjin-river-float")
        let seed = scenario.document.seed ?? 1
        // Without reports: every plan starts at the team's post.
        var plain = try ScenarioRun(scenario, border: border, seed: seed, legacy: false, run: "plain")
        var plainNotes: [String] = []
        while let step = plain.step() { plainNotes += step.result.events.compactMap(Self.note) }
        let bases = Set(plain.engine.teams.map(\.base))
        #expect(plain.engine.plans.count >= 2, "the float is re-planned once the team is out")
        #expect(plain.engine.plans.allSatisfy { bases.contains($0.teamRoute.first ?? .zero) || Self.near($0.teamRoute.first, bases) })
        #expect(!plainNotes.contains { $0.contains("where it reported itself") })

        // With the team's devices reporting: the re-plan starts where the team said it was.
        var run = try ScenarioRun(scenario, border: border, seed: seed, legacy: false, run: "reported")
        var notes: [String] = []
        var reported: [String: Point] = [:]
        while true {
            let teams = run.field.teamPositions
            guard let step = run.step(joining: { scan in for t in teams { scan.teams[t.name] = t.position } }) else { break }
            for t in teams { reported[t.name] = t.position }
            notes += step.result.events.compactMap(Self.note)
        }
        let replans = notes.filter { $0.hasPrefix("guidance re-planned") }
        #expect(!replans.isEmpty)
        #expect(replans.allSatisfy { $0.contains("from where it reported itself") }, "\(replans)")
        let later = run.engine.plans.dropFirst()
        let teamBases = Set(run.engine.teams.map(\.base))
        #expect(!later.isEmpty)
        for plan in later {
            let start = try #require(plan.teamRoute.first)
            #expect(!Self.near(start, teamBases, within: 100), "a re-plan started at the post: \(start)")
        }
    }

    static func note(_ e: OperationsEvent) -> String? {
        if case .note(let text) = e.kind { return text }
        return nil
    }

    static func near(_ p: Point?, _ set: Set<Point>, within d: Double = 30) -> Bool {
        guard let p else { return false }
        return set.contains { $0.distance(to: p) <= d }
    }
}
