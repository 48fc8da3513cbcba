import Border
import GuidepostCore

/// Maps one scenario `terrain` entry onto Border's override values, one to one
/// (the table in docs/border.md, "Overrides").
enum TerrainOverrideMapping {
    static func apply(_ o: TerrainOverride, id: String, to overrides: inout BorderOverrides) throws(TerrainMappingError) {
        switch o.kind {
        case .minefield:
            let polygon = try self.polygon(o)
            overrides.minefields.upserts.append(
                Minefield(
                    id: MinefieldID(id), shape: .polygon(polygon), density: o.minesPerM2 ?? 0.01,
                    knowledge: (o.confirmed ?? false) ? .confirmed : .unconfirmed))
        case .road, .path, .rail:
            let kind: Corridor.Kind = o.kind == .rail ? .rail : (o.kind == .road ? .road : .patrolRoad)
            let width = o.width ?? (o.kind == .path ? 2 : 6)
            overrides.corridors.upserts.append(
                Corridor(
                    id: CorridorID(id), kind: kind, name: o.note ?? o.kind.rawValue, line: try line(o),
                    halfWidth: width / 2))
        case .stream, .river:
            let width = o.width ?? (o.kind == .stream ? 4 : 60)
            let wadeable = o.kind == .stream || (o.depth ?? 2) <= 1.2
            overrides.waterways.upserts.append(
                Waterway(
                    id: WaterwayID(id), kind: wadeable ? .stream : .river, name: o.note ?? "",
                    shape: .channel(try line(o), halfWidth: width / 2, bankWidth: max(5, width / 4))))
        case .vegetation:
            overrides.terrain.append(TerrainPatch(area: try polygon(o), vegetation: o.cover?.value))
        case .tidalFlat:
            overrides.waterways.upserts.append(
                Waterway(id: WaterwayID(id), kind: .tidalFlat, name: o.note ?? "tidal flat", shape: .area(try polygon(o))))
        case .ridge:
            guard let height = o.height else { throw TerrainMappingError(field: "height", reason: "a ridge needs a height") }
            overrides.relief.append(TerrainRelief(shape: .ridge(try line(o), halfWidth: o.width.map { $0 / 2 } ?? 300), height: height))
        case .hill:
            guard let height = o.height else { throw TerrainMappingError(field: "height", reason: "a hill needs a height") }
            overrides.relief.append(TerrainRelief(shape: .hill(try point(o), radius: o.radius ?? 400), height: height))
        case .fence:
            overrides.fences.upserts.append(Fence(id: FenceID(id), kind: .advance, line: try line(o)))
        case .culvert:
            let gate = Gate(id: GateID(id), kind: .culvert, position: try point(o), radius: (o.width ?? 1) / 2)
            overrides.addedGates.append(BorderOverrides.GateAddition(fence: nil, gate: gate))
        case .postAdded:
            guard let postID = o.id else { throw TerrainMappingError(field: "id", reason: "a post needs an id") }
            let side = o.side ?? .rok
            let kind: Border.Post.Kind =
                side == .kpa ? .kpaGuardPost : (o.postKind == .gp ? .rokGuardPost : .generalOutpost)
            overrides.posts.upserts.append(
                Border.Post(id: postID, kind: kind, position: try point(o), sensorHeight: 10, sensorRange: 3000))
        case .postRemoved:
            overrides.postRemovals.append(BorderOverrides.PostRemoval(centre: try point(o), radius: o.radius ?? 200))
        case .fenceFault:
            break  // a sensor fault, not terrain: the simulator reads it from the document
        }
    }

    private static func point(_ o: TerrainOverride) throws(TerrainMappingError) -> Point {
        guard let p = o.at?.planarPoint else { throw TerrainMappingError(field: "at", reason: "position was not resolved") }
        return p
    }

    private static func points(_ list: [Position]?, field: String, minimum: Int) throws(TerrainMappingError) -> [Point] {
        let pts = (list ?? []).compactMap(\.planarPoint)
        guard pts.count == list?.count, pts.count >= minimum else {
            throw TerrainMappingError(field: field, reason: "needs at least \(minimum) resolved positions")
        }
        return pts
    }

    private static func line(_ o: TerrainOverride) throws(TerrainMappingError) -> PlanarPolyline {
        let pts = try points(o.line, field: "line", minimum: 2)
        guard zip(pts, pts.dropFirst()).allSatisfy({ $0.distance(to: $1) > 0 }) else {
            throw TerrainMappingError(field: "line", reason: "two consecutive points are the same")
        }
        return PlanarPolyline(pts)
    }

    private static func polygon(_ o: TerrainOverride) throws(TerrainMappingError) -> PlanarPolygon {
        let pts = try points(o.polygon, field: "polygon", minimum: 3)
        let poly = PlanarPolygon(pts)
        guard poly.area > 1 else { throw TerrainMappingError(field: "polygon", reason: "the polygon has no area") }
        return poly
    }
}
