import Border
import GuidepostCore
import Scenario

/// Builds the map of a scenario: its window, its border overrides, the posts it adds and its
/// actors' planned paths, coloured by who they are.
enum ScenarioMap {
    static func request(for argument: String, width: Double, coverage: Bool) throws -> MapRequest {
        let scenario = try ScenarioFile.load(argument).scenario
        var r = MapRequest(subject: .alongBorder(s: scenario.s, d: scenario.d), seed: ResolvedScenario.borderSeed)
        r.overrides = try scenario.borderOverrides()
        r.mapWidth = width
        r.drawsCoverage = coverage
        r.title = "\(scenario.document.id): \(scenario.document.title)"
        for path in scenario.plannedPaths {
            r.overlays.append(MapOverlay(path: path.points, label: path.actor.rawValue, colour: colour(path.kind)))
        }
        for post in scenario.document.deployment?.posts ?? [] {
            if let p = post.at.planarPoint {
                r.overlays.append(MapOverlay(point: p, label: post.id.rawValue, colour: post.side == .kpa ? "#7b1fa2" : "#1565c0"))
            }
        }
        return r
    }

    /// Red for people crossing, purple for KPA parties, blue for ROK teams, brown for animals,
    /// orange for vehicles.
    static func colour(_ kind: Actor.Kind) -> String {
        switch kind {
        case .person: "#d81b60"
        case .kpaPatrol, .kpaSearchParty, .kpaWorkParty: "#7b1fa2"
        case .rokGuidanceTeam, .rokReactionTeam, .rokNavy: "#1565c0"
        case .animal: "#8d6e63"
        case .vehicle: "#ef6c00"
        }
    }
}
