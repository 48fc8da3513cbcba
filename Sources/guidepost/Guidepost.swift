import ArgumentParser

/// The `guidepost` command line: the one composition root of the system. Each subcommand is a
/// thin layer over a module (DESIGN.md): it parses, validates, composes and reports.
@main
struct Guidepost: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guidepost",
        abstract: "Watch a mined border, track who crosses it, and guide them out alive.",
        discussion: """
            Coordinates: WGS84 lon/lat for input and maps, EPSG:5179 metres for metric work, \
            (s, d) along the MDL. Scenarios live in scenarios/ (see docs/scenarios.md).
            """,
        version: "0.1.0",
        subcommands: [
            Run.self, Map.self, Coords.self, CheckScenario.self, Simulate.self, TrackCommand.self, ScoreCommand.self,
            Guide.self, Plan.self, Replan.self, Alerts.self, ScoreAlerts.self, Store.self, Incidents.self, Report.self, Case.self,
            Serve.self, Users.self, Cot.self, Cluster.self,
        ]
    )
}
