import Border
import GuidepostCore
import Scenario
import Simulation
import Testing

/// `SimulationEngine.look` under the modelled look: each outcome happens at about its modelled
/// rate, the draws come from the look's own stream (looking changes nothing else, and the same
/// seed gives the same looks), and the perfect look is the old oracle.
@Suite struct LookDrawTests {
    /// A TOD on the test hill looking north; a standing person 2 km north of it on bare ground
    /// at night (about 4.2 cycles on him: recognised about half the time).
    static func engine(look: LookModel.Fidelity = .modelled, seed: UInt64 = 3) throws -> SimulationEngine {
        let text = TestWorld.yaml(
            deployment: "{default: false, sensors: [{id: tod-test, kind: thermal, at: {s: 93000, d: -1500}, range: 4000}]}",
            actors: "[{id: p, kind: person, route: [{at: {s: 93000, d: 500}, wait: 30m}]}]", terrain: TestWorld.clearing)
        let (scenario, border) = try TestWorld.world(text)
        var options = SimulationOptions(seed: seed, duration: 600)
        options.look = look
        var engine = SimulationEngine(scenario: scenario, border: border, options: options)
        _ = engine.advance(to: 60)
        return engine
    }

    @Test func eachOutcomeHappensAtItsModelledRate() throws {
        var engine = try Self.engine()
        let person = try #require(engine.actors.first { $0.name == "p" }).position
        let n = 4000
        var counts: [LookRecord.Outcome: Int] = [:]
        var cycles: Double?
        for _ in 0..<n {
            let look = engine.look(at: person)
            let target = try #require(look.targets.first { $0.id == "p" })
            counts[target.outcome, default: 0] += 1
            cycles = target.cycles
        }
        let model = LookModel()
        let c = model.chances(cycles: try #require(cycles))
        #expect(c.recognise > 0.3 && c.recognise < 0.8, "the setup puts the person near the recognition threshold: \(c)")
        let unrecognised = c.detect - c.recognise
        let expected: [LookRecord.Outcome: Double] = [
            .recognised: c.recognise,
            .guessedAnimal: unrecognised * model.guessShare * model.guessAnimal,
            .guessedHuman: unrecognised * model.guessShare * (1 - model.guessAnimal),
            .cannotTell: unrecognised * (1 - model.guessShare),
            .missed: 1 - c.detect,
        ]
        for (outcome, p) in expected {
            let seen = Double(counts[outcome] ?? 0) / Double(n)
            // Four binomial standard deviations.
            let tolerance = 4 * (p * (1 - p) / Double(n)).squareRoot() + 1e-3
            #expect(abs(seen - p) <= tolerance, "\(outcome): \(seen) against \(p)")
        }
    }

    @Test func theViewFollowsTheOutcome() throws {
        var engine = try Self.engine()
        let person = try #require(engine.actors.first { $0.name == "p" }).position
        for _ in 0..<300 {
            let look = engine.look(at: person)
            let outcome = try #require(look.targets.first?.outcome)
            switch outcome {
            case .recognised: #expect(look.view == .shows(.human))
            // A guess is reported as one: the operator knows the picture did not resolve it.
            case .guessedHuman: #expect(look.view == .unsure(.human))
            case .guessedAnimal: #expect(look.view == .unsure(.animal))
            case .cannotTell: #expect(look.view == .cannotTell)
            case .missed, .hidden: #expect(look.view == .nothing)
            }
        }
    }

    @Test func looksComeFromTheirOwnStream() throws {
        var looked = try Self.engine(), plain = try Self.engine(), again = try Self.engine()
        let person = try #require(looked.actors.first { $0.name == "p" }).position
        var first: [CameraView] = [], second: [CameraView] = []
        for _ in 0..<50 {
            first.append(looked.look(at: person).view)
            second.append(again.look(at: person).view)
        }
        #expect(first == second)
        #expect(Set(first).count > 1, "the draw varies: \(Set(first))")
        let a = looked.advance(to: 600), b = plain.advance(to: 600)
        #expect(a.detections.map(\.record) == b.detections.map(\.record))
        #expect(a.truth == b.truth)
    }

    @Test func thePerfectLookIsTheOracle() throws {
        var engine = try Self.engine(look: .perfect)
        let person = try #require(engine.actors.first { $0.name == "p" }).position
        for _ in 0..<20 {
            let look = engine.look(at: person)
            #expect(look.view == engine.cameraCheck(at: person))
            #expect(look.view == .shows(.human))
        }
    }
}
