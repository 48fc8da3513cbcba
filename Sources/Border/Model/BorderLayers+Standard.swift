import GuidepostCore

extension BorderLayers {
    /// Where ROK/KPA posts and patrol roads start: the first 12 km of the line run along the
    /// Han estuary, which has water, not guard posts.
    static let landStart = 12_000.0

    /// The default layers for the bundled MDL and a seed: sectors, the rivers and roads at
    /// their approximate real positions, and generated posts, patrol roads, streams, fences
    /// with gates and culverts, and minefields. Counts and spacings follow domain.md §2 and §8;
    /// positions not public are drawn from `SeededGenerator(seed:)` sub-streams.
    public static func standard(line: DemarcationLine, seed: UInt64) -> BorderLayers {
        var l = BorderLayers()
        let rng = SeededGenerator(seed: seed)
        let terrain = ProceduralTerrain(seed: seed, lineLength: line.length)
        l.sectors = standardSectors(line)
        l.waterways = standardWaters(line, rng: rng.split(label: "streams"))
        var gopGates: [Gate] = []
        var kpaGates: [Gate] = []
        let posts = standardPosts(line, terrain: terrain, rng: rng.split(label: "posts"))
        l.posts = posts
        l.corridors = standardCorridors(line, posts: posts, rng: rng.split(label: "roads"), gopGates: &gopGates, kpaGates: &kpaGates)
        let end = line.length
        var gop = Fence(id: "gop-fence", kind: .rokGOP, line: line.offsetPolyline(d: -2000, from: landStart, to: end))
        var kpa = Fence(id: "kpa-fence", kind: .kpa, line: line.offsetPolyline(d: 2000, from: landStart, to: end))
        var coastal = Fence(id: "coastal-fence", kind: .coastal, line: PlanarPolyline(BorderGeography.project(BorderGeography.eastCoast)))
        // Gates where cross-border roads pass; culverts where streams pass under the fences.
        for c in l.corridors where c.kind != .patrolRoad {
            for (k, p) in crossings(c.line, gop.line).enumerated() { gopGates.append(Gate(id: GateID("gop-\(c.id)-\(k)"), kind: .gate, position: p, radius: c.halfWidth + 4)) }
            for (k, p) in crossings(c.line, kpa.line).enumerated() { kpaGates.append(Gate(id: GateID("kpa-\(c.id)-\(k)"), kind: .gate, position: p, radius: c.halfWidth + 4)) }
        }
        for w in l.waterways where w.kind == .stream {
            if case .channel(let sl, _, _) = w.shape {
                for p in crossings(sl, gop.line) { gopGates.append(Gate(id: GateID("culvert-\(w.id)"), kind: .culvert, position: p, radius: 3)) }
            }
        }
        var g = rng.split(label: "coastal-culverts")
        for k in 0..<3 {
            let p = coastal.line.point(at: coastal.line.length * (0.15 + 0.7 * g.uniform()))
            coastal.gates.append(Gate(id: GateID("coastal-culvert-\(k + 1)"), kind: .culvert, position: p, radius: 2))
        }
        gop.gates = gopGates
        kpa.gates = kpaGates
        l.fences = [gop, kpa, coastal]
        l.minefields = standardMinefields(line, posts: posts, rng: rng.split(label: "mines"))
        return l
    }

    static func crossings(_ a: PlanarPolyline, _ b: PlanarPolyline) -> [Point] {
        var out: [Point] = []
        for i in 0..<(a.points.count - 1) {
            for j in 0..<(b.points.count - 1) {
                if let t = SegmentMath.intersection(a.points[i], a.points[i + 1], b.points[j], b.points[j + 1]) {
                    out.append(Point.lerp(a.points[i], a.points[i + 1], t))
                }
            }
        }
        return out
    }

    static func standardSectors(_ line: DemarcationLine) -> [Sector] {
        let g = BorderGeography.sectors
        var starts = g.map { $0.2.isFinite ? (line.arcLength(atLongitude: $0.2) ?? 0) : 0 }
        starts.append(line.length)
        return g.indices.map { Sector(id: SectorID(g[$0].0), name: g[$0].1, s: starts[$0]...starts[$0 + 1]) }
    }

    static func standardWaters(_ line: DemarcationLine, rng: SeededGenerator) -> [Waterway] {
        var out: [Waterway] = BorderGeography.rivers.map { r in
            Waterway(id: WaterwayID(r.0), kind: r.2, name: r.1, shape: .channel(PlanarPolyline(BorderGeography.project(r.5)), halfWidth: r.3, bankWidth: r.4))
        }
        out.append(Waterway(id: "east-sea", kind: .sea, name: "East Sea", shape: .area(PlanarPolygon(BorderGeography.project(BorderGeography.eastSea)))))
        // Streams crossing the DMZ N→S, meandering; placed away from the named rivers.
        var g = rng
        let riverS = out.compactMap { w -> Double? in
            guard w.kind == .river, case .channel(let pl, _, _) = w.shape else { return nil }
            return crossings(pl, line.polyline).first.map { line.alongBorder($0).s }
        }
        let count = 16
        let span = line.length - landStart - 4000
        let noise = LatticeNoise(seed: g.next())
        for k in 0..<count {
            var s0 = landStart + span * (Double(k) + 0.2 + 0.6 * g.uniform()) / Double(count)
            if let r = riverS.first(where: { abs($0 - s0) < 2500 }) { s0 = r + (s0 < r ? -2500 : 2500) }
            let pts = stride(from: 4500.0, through: -4500.0, by: -250).map { d in
                line.point(AlongBorderCoordinate(s: s0 + 600 * noise.fbm(Double(k) * 31 + d / 2500, 0.5, octaves: 3), d: d))
            }
            out.append(Waterway(id: WaterwayID("stream-\(k + 1)"), kind: .stream, name: "stream \(k + 1) (generated)", shape: .channel(PlanarPolyline(pts), halfWidth: 3, bankWidth: 6)))
        }
        return out
    }
}
