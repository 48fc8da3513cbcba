import Border
import GuidepostCore
import Scenario
import Simulation
import Testing

/// A fault without `until` lasts the whole run, its last frame included (the 2012 knock scenario
/// was "detected" by its silent camera in the final frame, t = duration, when spans ended there).
@Suite struct FaultSpanTests {
    /// A camera 30 m from a person walking across its view for the whole (short) run, by day
    /// (a moving target: a still one is seen at a quarter of the rate).
    static func text(fault: String) -> String {
        TestWorld.yaml(
            conditions: "[{light: day, wind: 2}]",
            deployment: "{default: false, sensors: [{id: cam-test, kind: camera, at: {s: 93000, d: -1500}, range: 300}], faults: \(fault)}",
            actors: "[{id: p, kind: person, route: [{at: {s: 92940, d: -1470}}, {at: {s: 93060, d: -1470}, speed: 1}]}]",
            terrain: TestWorld.clearing,
            duration: "2m")
    }

    /// Times of the camera's detections of the person in a run of `duration` seconds.
    static func seen(_ world: (ResolvedScenario, BorderModel), duration: Double) -> [Double] {
        var engine = SimulationEngine(scenario: world.0, border: world.1, options: SimulationOptions(seed: 3, duration: duration))
        var times: [Double] = []
        engine.run(sink: { out in times += out.detections.filter { $0.actor == "p" }.map(\.record.t) })
        return times
    }

    @Test func aFaultWithoutUntilCoversTheLastFrame() throws {
        let control = try TestWorld.world(Self.text(fault: "[]"))
        let durations: [Double] = [100, 101, 102, 103, 104, 105]
        // A look every 2 s with Pd ≈ 0.9 at 20 m: some of these runs end on a detecting frame.
        let endings = durations.filter { d in Self.seen(control, duration: d).contains(d) }
        #expect(!endings.isEmpty, "control, seed 3: no run ends on a detection")
        for kind in ["no-alarm", "dead"] {
            let faulty = try TestWorld.world(Self.text(fault: "[{kind: \(kind), sensor: cam-test}]"))
            for d in endings {
                let times = Self.seen(faulty, duration: d)
                #expect(times.isEmpty, "\(kind), \(d) s run: detections at \(times)")
            }
        }
    }
}
