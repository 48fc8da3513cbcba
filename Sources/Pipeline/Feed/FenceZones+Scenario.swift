public import Border
public import FieldSimulation
import GuidepostCore
public import Scenario
import Simulation

extension FenceZones {
    /// The fence zones of `scenario`'s window as its deployment lays them (the simulator's own
    /// zones, without running it): what a live feed's zone alarms are measured along, so a zone
    /// id on the wire means the same stretch of fence as in a simulated run.
    public init(of scenario: ResolvedScenario, border: BorderModel, seed: UInt64) {
        self.init()
        let deployment = SimulationDeployment(
            scenario: scenario, border: border, duration: scenario.document.duration.seconds,
            rng: SeededGenerator(seed: seed).split(label: "deployment"))
        for zone in deployment.zones {
            let half = zone.direction * (zone.length / 2)
            segments[zone.id] = (zone.midpoint - half, zone.midpoint + half)
        }
    }
}
