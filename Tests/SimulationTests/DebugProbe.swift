import Border
import Foundation
import GuidepostCore
import Scenario
@testable import Simulation
import Testing
import TestSupport

@Test func debugProbe() throws {
    guard let name = ProcessInfo.processInfo.environment["PROBE"], let sensorID = ProcessInfo.processInfo.environment["PROBE_SENSOR"] else { return }
    let line = try MDLData.bundledLine()
    let (scenario, border) = name == "standoff"
        ? try TestWorld.world(EngineBehaviourTests.standoff(terrain: TestWorld.clearing))
        : try { let sc = try ScenarioLoader.load(file: repositoryRoot() + "/scenarios/" + name + ".yaml").resolve(in: line); return (sc, try sc.makeBorderModel()) }()
    var engine = SimulationEngine(scenario: scenario, border: border, options: SimulationOptions(seed: 1, duration: scenario.document.duration.seconds))
    guard let si = engine.sensors.firstIndex(where: { $0.id == sensorID }) else { print("no sensor; have", engine.sensors.map(\.id).prefix(50)); return }
    let s = engine.sensors[si]
    print("sensor", s.id, s.position, "h", s.height, "range", s.range, "facing", s.facing, "arc", s.arc, "ground", border.sample(at: s.position).elevation)
    let actor = engine.actors[0]
    guard let route = actor.route else { return }
    for t in stride(from: 0.0, through: scenario.document.duration.seconds, by: 120) {
        let st = route.state(at: t)
        let r = st.position.distance(to: s.position)
        let prof = ActorProfile.person(mode: st.mode, hidden: st.hidden, count: 1)
        let env = engine.timeline.at(t)
        let p = engine.thermal.probability(range: r, area: prof.thermalArea, visibleFraction: 1, conditions: env.conditions)
        let pc = engine.camera.probability(range: r, visibleFraction: 1, conditions: env.conditions)
        let los = r < s.range ? engine.lineOfSight(sensor: si, to: st.position, height: prof.height) : false
        let c = line.alongBorder(st.position)
        if t == 0 {
            print("border LOS", border.lineOfSight(from: s.position, observerHeight: s.height, to: st.position, targetHeight: prof.height))
            for k in stride(from: 0.0, through: 1.0, by: 0.1) { let q = Point.lerp(s.position, st.position, k); print(" profile", k, border.sample(at: q).elevation, border.sample(at: q).vegetation) }
        }
        let samp = border.sample(at: st.position)
        print(String(format: "t=%5.0f s=%.0f d=%6.0f r=%6.0f mode=%@ pTh=%.3f pCam=%.3f los=%@ veg=%.2f z=%.0f", t, c.s, c.d, r, st.mode.rawValue, p, pc, los ? "Y" : "n", samp.vegetation, samp.elevation))
    }
}
