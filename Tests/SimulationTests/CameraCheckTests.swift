import Border
import GuidepostCore
import Scenario
import Simulation
import Testing
import TestSupport

/// `SimulationEngine.cameraCheck`: what an operator sees when slewing the post's TOD to a spot —
/// the person or the animal that is there and in sight, nothing, or no view at all — and that
/// looking changes nothing in the simulation.
@Suite struct CameraCheckTests {
    /// A TOD on the test hill (s = 93,000, d = −1,500) looking north, a standing person 1 km north
    /// of it and a boar 600 m east of him, on bare ground at night.
    static func engine(terrain: String = TestWorld.clearing) throws -> SimulationEngine {
        let text = TestWorld.yaml(
            deployment: "{default: false, sensors: [{id: tod-test, kind: thermal, at: {s: 93000, d: -1500}, range: 4000}]}",
            actors: """
                [{id: p, kind: person, route: [{at: {s: 93000, d: -500}, wait: 30m}]},
                 {id: b, kind: animal, species: wild-boar, count: 1, route: [{at: {s: 93600, d: -500}, wait: 30m}]}]
                """, terrain: terrain)
        let (scenario, border) = try TestWorld.world(text)
        var engine = SimulationEngine(scenario: scenario, border: border, options: SimulationOptions(seed: 3, duration: 600))
        _ = engine.advance(to: 60)
        return engine
    }

    static func position(_ engine: SimulationEngine, _ name: String) throws -> Point {
        try #require(engine.actors.first { $0.name == name }).position
    }

    @Test func showsThePersonTheAnimalOrNothingThatIsThere() throws {
        var engine = try Self.engine()
        let person = try Self.position(engine, "p"), boar = try Self.position(engine, "b")
        #expect(engine.cameraCheck(at: person + Vector2(40, 30)) == .shows(.human))
        #expect(engine.cameraCheck(at: boar) == .shows(.animal))
        // 400 m west of the person: covered by the TOD, nobody there.
        #expect(engine.cameraCheck(at: person + Vector2(-400, 0)) == .nothing)
        // Beyond the TOD's 4 km: nobody can look.
        #expect(engine.cameraCheck(at: person + Vector2(0, 5000)) == .uncovered)
    }

    @Test func aKPAPartyIsToldFromALonePersonAndThePersonComesFirst() throws {
        let text = TestWorld.yaml(
            deployment: "{default: false, sensors: [{id: tod-test, kind: thermal, at: {s: 93000, d: -1500}, range: 4000}]}",
            actors: """
                [{id: patrol, kind: kpa-patrol, count: 4, route: [{at: {s: 93000, d: -500}, wait: 30m}]},
                 {id: p, kind: person, route: [{at: {s: 94000, d: -500}, wait: 30m}]}]
                """, terrain: TestWorld.clearing)
        let (scenario, border) = try TestWorld.world(text)
        var engine = SimulationEngine(scenario: scenario, border: border, options: SimulationOptions(seed: 3, duration: 600))
        _ = engine.advance(to: 60)
        let patrol = try Self.position(engine, "patrol"), person = try Self.position(engine, "p")
        #expect(engine.cameraCheck(at: patrol) == .kpaParty)
        #expect(engine.cameraCheck(at: person) == .shows(.human))
        // Between them, with a radius that takes in both: the lone person is what matters.
        #expect(engine.cameraCheck(at: Point(x: (patrol.x + person.x) / 2, y: (patrol.y + person.y) / 2), radius: 1500) == .shows(.human))
    }

    @Test func aPersonBehindARidgeIsNotShown() throws {
        let ridge = TestWorld.clearing.dropLast() + """
            , {kind: ridge, height: 60, line: [{s: 91000, d: -1000}, {s: 95000, d: -1000}]}]
            """
        var engine = try Self.engine(terrain: String(ridge))
        #expect(engine.cameraCheck(at: try Self.position(engine, "p")) == .nothing)
    }

    @Test func lookingDoesNotChangeTheSimulation() throws {
        var looked = try Self.engine(), plain = try Self.engine()
        let person = try Self.position(looked, "p")
        for k in 0..<20 { _ = looked.cameraCheck(at: person + Vector2(Double(k) * 50, 0)) }
        let a = looked.advance(to: 600), b = plain.advance(to: 600)
        #expect(a.detections.map(\.record) == b.detections.map(\.record))
        #expect(a.detections.count > 0)
    }
}
