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

        // With the team's devices reporting (250 m east of where the simulator has it, so no
        // plan from the post could start there): the re-plan starts where the team said it was.
        var run = try ScenarioRun(scenario, border: border, seed: seed, legacy: false, run: "reported")
        var replans: [(note: String, reported: [String: Point])] = []
        while true {
            var said: [String: Point] = [:]
            for t in run.field.teamPositions { said[t.name] = Point(x: t.position.x + 250, y: t.position.y) }
            guard let step = run.step(joining: { scan in for (name, p) in said { scan.teams[name] = p } }) else { break }
            for note in step.result.events.compactMap(Self.note) where note.hasPrefix("guidance re-planned") {
                replans.append((note, said))
            }
        }
        #expect(!replans.isEmpty)
        #expect(replans.allSatisfy { $0.note.contains("from where it reported itself") }, "\(replans.map(\.note))")
        let later = Array(run.engine.plans.dropFirst())
        #expect(later.count == replans.count)
        for (plan, replan) in zip(later, replans) {
            let start = try #require(plan.teamRoute.first)
            let said = try #require(replan.reported[plan.team])
            #expect(start.distance(to: said) <= 60, "the re-plan starts at \(start), the team said \(said)")
            let base = try #require(run.engine.teams.first { $0.name == plan.team }?.base)
            #expect(start.distance(to: base) > 150, "a re-plan started at the team's post: \(start)")
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
