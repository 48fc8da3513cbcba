public import Border
public import GuidepostCore

extension ResolvedScenario {
    /// The seed of the generated border (posts, streams, terrain) every scenario stands on, so
    /// the same post sits in the same place in every scenario. A scenario changes the border
    /// only through its `terrain` overrides.
    public static let borderSeed: UInt64 = 1

    /// The border of this scenario: the shared generated border with the scenario's terrain
    /// overrides applied (docs/border.md, "Overrides"). An override Border refuses is reported
    /// with the line of the offending `terrain` entry.
    public func makeBorderModel(seed: UInt64 = ResolvedScenario.borderSeed) throws(ScenarioLoadError) -> BorderModel {
        let overrides = try borderOverrides()
        do {
            return try BorderModel(seed: seed, overrides: overrides)
        } catch {
            throw ScenarioLoadError(issues: [issue(for: error)])
        }
    }

    /// The scenario's `terrain` entries as Border overrides. `fence-fault` entries are not
    /// terrain (they belong to the simulator's fence sensors) and are left out.
    public func borderOverrides() throws(ScenarioLoadError) -> BorderOverrides {
        var overrides = BorderOverrides()
        var issues: [InputError] = []
        for (index, entry) in (document.terrain ?? []).enumerated() {
            let field = "terrain[\(index)]"
            do throws(TerrainMappingError) {
                try TerrainOverrideMapping.apply(entry, id: "\(document.id)-\(index + 1)", to: &overrides)
            } catch {
                let location = sourceMap.location(of: "\(field).\(error.field)") ?? sourceMap.location(of: field)
                issues.append(
                    InputError(
                        file: file, line: location?.line, column: location?.column, field: "\(field).\(error.field)",
                        reason: error.reason))
            }
        }
        guard issues.isEmpty else { throw ScenarioLoadError(issues: issues) }
        return overrides
    }

    /// An `InputError` for a refused override, pointing at the scenario's `terrain` list.
    private func issue(for error: BorderError) -> InputError {
        let location = sourceMap.location(of: "terrain")
        switch error {
        case .invalidOverride(let field, let reason):
            return InputError(file: file, line: location?.line, column: location?.column, field: "terrain (\(field))", reason: reason)
        default:
            return InputError(file: file, line: location?.line, column: location?.column, field: "terrain", reason: "\(error)")
        }
    }

    /// Every actor's planned path (its route's waypoints, in order), for maps.
    public var plannedPaths: [(actor: ActorID, kind: Actor.Kind, points: [Point])] {
        document.actors.compactMap { actor in
            let points = (actor.route ?? []).compactMap(\.at.planarPoint)
            return points.isEmpty ? nil : (actor.id, actor.kind, points)
        }
    }
}
