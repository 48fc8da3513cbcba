public import Border
public import GuidepostCore
public import Scenario
public import Simulation

/// A scenario's light as the simulator sees it, for every front end that needs it outside the
/// simulator: the period's written `light`, or else the sun's at the window's centre
/// (`ConditionsTimeline`), so that a scenario lit by the sun is lit the same way everywhere.
public enum ScenarioLight {
    /// `day`, `twilight` or `night` at `t` seconds after the scenario's start (`guidepost guide`'s
    /// default light).
    public static func at(_ t: Double, of scenario: ResolvedScenario, border: BorderModel) -> Light {
        ConditionsTimeline(scenario: scenario, border: border, until: t).at(t).conditions.light
    }

    /// The light guidance plans by at each run time (the Operations engine's `light`): the
    /// timeline's, except that dense fog by day counts as twilight, since it hides a team from
    /// KPA posts as dusk does (2017-12-21, 2019-07-31).
    public static func forGuidance(_ timeline: ConditionsTimeline) -> @Sendable (Double) -> Light {
        { t in
            let env = timeline.at(t)
            return env.conditions.light == .day && env.foggy ? .twilight : env.conditions.light
        }
    }
}
