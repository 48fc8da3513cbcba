import Border
import FieldSimulation
import GuidepostCore
import Operations
import Pipeline
import Scenario
import TestSupport
import Testing

/// ROK guidance teams never go north of the MDL's southern candidate line (issue 19), played
/// through the whole pipeline: re-plans from a team that reports itself north of the line, and
/// the simulated team's own positions (every seed scenario's plans: `TeamRoutesSouthTests`).
@Suite struct TeamsStaySouthScenarioTests {
    /// Points of the plans' team routes and escorted routes not south of the line.
    static func northernPoints(_ plans: [PlannedGuidance], band: DemarcationBand) -> [String] {
        var out: [String] = []
        for plan in plans {
            for (k, p) in plan.teamRoute.enumerated() where !band.isSouthOfBand(p) {
                out.append("\(plan.team) at t = \(plan.t): team route point \(k) of \(plan.teamRoute.count)")
            }
            for (k, p) in plan.personRoute.enumerated() where !band.isSouthOfBand(p) {
                out.append("\(plan.team) at t = \(plan.t): escorted route point \(k) of \(plan.personRoute.count)")
            }
        }
        return out
    }

    /// The Imjin float's team out on its operation reports itself 500 m north of the southern
    /// candidate line (a wrong report): every re-plan still starts south of the line and stays there, and the log
    /// says the team was placed north of it. The simulated team itself (which follows the person
    /// once it sees him) never steps north of the line.
    @Test func aTeamReportingItselfNorthOfTheLineIsPlannedFromSouthOfIt() throws {
        let (scenario, border) = try bundledScenario("2019-07-31-imjin-river-float")
        var run = try ScenarioRun(scenario, border: border, seed: scenario.document.seed ?? 1, legacy: false, run: "north-report")
        var notes: [String] = []
        var everSouth: Set<String> = []
        var strayed: [String] = []
        while true {
            var said: [String: Point] = [:]
            for t in run.field.teamPositions {
                if border.band.isSouthOfBand(t.position) {
                    everSouth.insert(t.name)
                } else if everSouth.contains(t.name), strayed.count < 5 {
                    strayed.append("\(t.name) at t = \(run.field.time): \(t.position)")
                }
                // 500 m north of the southern candidate line at the team's place along the
                // border, wherever the team really is.
                let c = border.line.alongBorder(t.position)
                said[t.name] = border.line.point(AlongBorderCoordinate(s: c.s, d: border.band.southern(at: c.s) + 500))
            }
            guard let step = run.step(joining: { scan in for (name, p) in said { scan.teams[name] = p } }) else { break }
            notes += step.result.events.compactMap { e in if case .note(let text) = e.kind { text } else { nil } }
        }
        let replans = notes.filter { $0.hasPrefix("guidance re-planned") }
        #expect(!replans.isEmpty, "the float is re-planned once the team is out: \(notes)")
        let north = Self.northernPoints(run.engine.plans, band: border.band)
        #expect(north.isEmpty, "\(north.count) planned points north of the line: \(north.prefix(4))")
        #expect(notes.contains { $0.contains("north of the MDL's southern candidate line") }, "\(notes)")
        #expect(strayed.isEmpty, "a team went north of the line: \(strayed)")
    }
}
