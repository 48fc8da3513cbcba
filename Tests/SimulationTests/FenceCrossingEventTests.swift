import Border
import GuidepostCore
import Scenario
import Simulation
import Testing

/// The GOP fence is physical: climbing it is a `crossed_fence` event even where no zone watches
/// it (`default: false`, as in 2012), and then no alarm can follow.
@Suite struct FenceCrossingEventTests {
    static func text(deployment: String) -> String {
        TestWorld.yaml(
            deployment: deployment,
            actors: "[{id: p, kind: person, route: [{at: {s: 93000, d: -1950}}, {at: {s: 93000, d: -2050}, speed: 0.5, mode: climb, via: fence}]}]",
            duration: "6m")
    }

    @Test func aClimbIsAnEventWithOrWithoutFenceSensors() throws {
        let watched = try TestWorld.run(Self.text(deployment: "{default: true, nuisance_rate: 0}"), seed: 1)
        let bare = try TestWorld.run(Self.text(deployment: "{default: false}"), seed: 1)
        for (name, out) in [("default", watched), ("no sensors", bare)] {
            let crossings = out.events.filter { $0.kind == .crossedFence && $0.source == "p" }
            #expect(crossings.count == 1 && crossings.first?.detail == "southward", "\(name): \(crossings)")
        }
        #expect(watched.events.contains { $0.kind == .fenceAlarm && $0.detail == "climb" }, "control, seed 1: the zone alarms")
        #expect(!bare.events.contains { $0.kind == .fenceAlarm })
        #expect(!bare.detections.contains { $0.record.kind == .fence })
    }
}
