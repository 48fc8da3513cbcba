import GuidepostCore
import Foundation

extension BorderLayers {
    /// Guard posts (domain.md §2): about 60 ROK GPs south of the MDL and 160 KPA GPs north of
    /// it, spread evenly with jitter (≈ one per 4 km and per 1.2 km of line), each put on the
    /// highest of seven nearby candidate spots (posts sit on hilltops); 10 a side are marked
    /// withdrawn (the 2018 agreement). GOP platoon posts every 2.5 km on the southern fence.
    /// Sensor ranges and heights are assumptions: GP thermal observation 4 km (ROK) / 3 km
    /// (KPA) from a 12 m / 8 m tower; GOP cameras 2 km from 6 m.
    static func standardPosts(_ line: DemarcationLine, terrain: ProceduralTerrain, rng: SeededGenerator) -> [Post] {
        var out: [Post] = []
        var g = rng
        func hilltop(_ s: Double, _ d: Double, _ dRange: ClosedRange<Double>) -> Point {
            var best = line.point(AlongBorderCoordinate(s: s, d: d))
            var bestZ = terrain.elevation(at: best, s: s)
            for _ in 0..<6 {
                let cs = s + 300 * (2 * g.uniform() - 1)
                let cd = Swift.min(dRange.upperBound, Swift.max(dRange.lowerBound, d + 300 * (2 * g.uniform() - 1)))
                let p = line.point(AlongBorderCoordinate(s: cs, d: cd))
                let z = terrain.elevation(at: p, s: cs)
                if z > bestZ { (best, bestZ) = (p, z) }
            }
            return best
        }
        func series(_ n: Int, _ prefix: String, _ kind: Post.Kind, _ dRange: ClosedRange<Double>, height: Double, range: Double, withdrawn: Int) {
            let span = line.length - landStart - 1500
            var ids: [Int] = Array(0..<n)
            ids.shuffle(using: &g)
            let out0 = Set(ids.prefix(withdrawn))
            for k in 0..<n {
                let s = landStart + span * (Double(k) + 0.5 + 0.5 * (g.uniform() - 0.5)) / Double(n)
                let d = dRange.lowerBound + (dRange.upperBound - dRange.lowerBound) * g.uniform()
                let p = kind == .generalOutpost ? line.point(AlongBorderCoordinate(s: s, d: d)) : hilltop(s, d, dRange)
                let digits = n >= 100 ? 3 : 2
                let num = String(k + 1)
                let id = prefix + String(repeating: "0", count: Swift.max(0, digits - num.count)) + num
                out.append(Post(id: PostID(id), kind: kind, status: out0.contains(k) ? .withdrawn : .manned, position: p, sensorHeight: height, sensorRange: range))
            }
        }
        series(60, "ROK-GP-", .rokGuardPost, -1500 ... -700, height: 12, range: 4000, withdrawn: 10)
        series(160, "KPA-GP-", .kpaGuardPost, 500...1700, height: 8, range: 3000, withdrawn: 10)
        let gops = Int((line.length - landStart) / 2500)
        series(gops, "GOP-", .generalOutpost, -2090 ... -2070, height: 6, range: 2000, withdrawn: 0)
        return out
    }

    /// Patrol roads: the ROK road just south of the GOP fence (d = −2040) and the KPA tactical
    /// road north of its fence (d = +2150), a supply road from every GP to its own road
    /// (through a gate in the fence), and the cross-border road/rail corridors at their
    /// approximate real positions.
    static func standardCorridors(
        _ line: DemarcationLine, posts: [Post], rng: SeededGenerator, gopGates: inout [Gate], kpaGates: inout [Gate]
    ) -> [Corridor] {
        var out: [Corridor] = BorderGeography.corridors.map {
            Corridor(id: CorridorID($0.0), kind: $0.1, name: $0.2, line: PlanarPolyline(BorderGeography.project($0.3)), halfWidth: $0.1 == .rail ? 5 : 6)
        }
        out.append(Corridor(id: "rok-patrol-road", kind: .patrolRoad, name: "ROK GOP patrol road", line: line.offsetPolyline(d: -2040, from: landStart, to: line.length), halfWidth: 2.5))
        out.append(Corridor(id: "kpa-patrol-road", kind: .patrolRoad, name: "KPA tactical road", line: line.offsetPolyline(d: 2150, from: landStart, to: line.length), halfWidth: 3))
        var g = rng
        for p in posts where p.kind != .generalOutpost {
            let c = line.alongBorder(p.position)
            let south = p.kind == .rokGuardPost
            let fenceD = south ? -2000.0 : 2000.0
            let roadD = south ? -2040.0 : 2150.0
            let s1 = c.s + 250 * (2 * g.uniform() - 1)
            let s2 = s1 + 150 * (2 * g.uniform() - 1)
            let pts = [p.position, line.point(.init(s: s1, d: (c.d + fenceD) / 2)), line.point(.init(s: s2, d: fenceD)), line.point(.init(s: s2, d: roadD))]
            let gate = Gate(id: GateID("gate-\(p.id)"), kind: .gate, position: pts[2], radius: 8)
            if south { gopGates.append(gate) } else { kpaGates.append(gate) }
            out.append(Corridor(id: CorridorID("supply-\(p.id)"), kind: .patrolRoad, name: "supply road to \(p.id)", line: PlanarPolyline(pts), halfWidth: 2))
        }
        return out
    }

    /// Minefields (domain.md §2, densities derived there, all assumptions):
    /// - the whole DMZ, unconfirmed, 0.001 mines/m² (≈ 520 000 mines over 248 km × 2 km);
    /// - the zone between the GOP fence and the CCL, unconfirmed, 0.0004 (≈ 740 000 over 248 × 8 km);
    /// - ten KPA 2024 belts, 3 km long in the north of the DMZ, unconfirmed, 0.004;
    /// - two charted fields around each ROK GP, 150–350 m across, confirmed, 0.01.
    static func standardMinefields(_ line: DemarcationLine, posts: [Post], rng: SeededGenerator) -> [Minefield] {
        var out: [Minefield] = [
            Minefield(id: "dmz-unconfirmed", shape: .band(s: 0...line.length, d: -2000...2000), density: 0.001, knowledge: .unconfirmed),
            Minefield(id: "ccl-zone-unconfirmed", shape: .band(s: 0...line.length, d: -10_000 ... -2000), density: 0.0004, knowledge: .unconfirmed),
        ]
        var g = rng
        for k in 0..<10 {
            let s = landStart + (line.length - landStart - 4000) * (Double(k) + g.uniform()) / 10
            out.append(Minefield(id: MinefieldID("kpa-2024-\(k + 1)"), shape: .band(s: s...(s + 3000), d: 1000...2000), density: 0.004, knowledge: .unconfirmed))
        }
        for p in posts where p.kind == .rokGuardPost {
            for j in 0..<2 {
                let bearing = 2 * Double.pi * g.uniform()
                let dist = 200 + 300 * g.uniform()
                let centre = p.position + Vector2(cos(bearing), sin(bearing)) * dist
                let a = 75 + 100 * g.uniform()
                let b = 75 + 100 * g.uniform()
                let rot = Double.pi * g.uniform()
                let u = Vector2(cos(rot), sin(rot))
                let v = u.perpendicularLeft
                let ring = [centre + u * a + v * b, centre - u * a + v * b, centre - u * a - v * b, centre + u * a - v * b]
                out.append(Minefield(id: MinefieldID("charted-\(p.id)-\(j + 1)"), shape: .polygon(PlanarPolygon(ring)), density: 0.01, knowledge: .confirmed))
            }
        }
        return out
    }
}
