import Border
import Scenario
import Simulation

/// A scenario's light at one moment as the simulator sees it: the period's written `light`, or
/// else the sun's at the window's centre (`ConditionsTimeline`). Commands other than `simulate`
/// (`guide`) read it here so that a scenario lit by the sun is lit the same way everywhere.
enum ScenarioLight {
    /// `day`, `twilight` or `night` at `t` seconds after the scenario's start.
    static func name(of scenario: ResolvedScenario, border: BorderModel, at t: Double) -> String {
        ConditionsTimeline(scenario: scenario, border: border, until: t).at(t).conditions.light.rawValue
    }
}
