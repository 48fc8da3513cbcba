import Border
import GuidepostCore

/// The Border features near a window, asked "what does the route follow here?", "what does it
/// pass?" and "what is at this waypoint?".
struct Landmarks {
    let model: BorderModel
    let footprint: Double
    let corridors: [Corridor]
    let streams: [(name: String, line: PlanarPolyline, halfWidth: Double)]
    let gates: [(gate: Gate, fence: Fence.Kind)]
    let posts: [Post]

    init(model: BorderModel, window: RasterWindow) {
        self.model = model
        footprint = BorderModel.footprint(cellSize: window.cellSize)
        let box = window.box.expanded(by: 500)
        corridors = model.corridors.filter { $0.line.bounds.expanded(by: $0.halfWidth).intersects(box) }
        streams = model.waterways.compactMap { w in
            guard w.kind == .stream, case .channel(let line, let hw, _) = w.shape, line.bounds.intersects(box) else { return nil }
            return (w.name, line, hw)
        }
        gates = model.fences.flatMap { f in f.gates.filter { box.contains($0.position) }.map { ($0, f.kind) } }
        posts = model.posts.filter { $0.status == .manned && box.contains($0.position) }
    }

    /// What the route follows at `p`: the first corridor (in Border's order) whose cleared width
    /// holds the cell, else a stream bed, else open ground.
    func feature(at p: Point) -> RouteFeature {
        for c in corridors where c.line.distance(to: p) <= c.halfWidth + footprint / 2 {
            return .corridor(name: c.name, kind: c.kind)
        }
        for s in streams where s.line.distance(to: p) <= s.halfWidth + footprint / 2 {
            return .streamBed(name: s.name)
        }
        return .openGround
    }

    /// What a stretch passes: gates and culverts in fences, and the MDL (southwards or
    /// northwards), in the order met.
    func crossings(_ points: ArraySlice<Point>) -> [String] {
        var out: [String] = []
        var wasSouth: Bool?
        for p in points {
            let sample = model.sample(at: p, footprint: footprint)
            if !sample.flags.isDisjoint(with: [.gate, .culvert]), let g = nearestGate(to: p) {
                let text = "through \(g.gate.id.rawValue) in the \(Self.fenceName(g.fence))"
                if out.last != text { out.append(text) }
            }
            let flags = sample.flags
            guard !flags.contains(.mdlBand), flags.contains(.dmz) else { continue }  // judged outside the band, on the MDL's extent
            let south = flags.contains(.southOfMDL)
            if let was = wasSouth, was != south {
                out.append(south ? "across the MDL into the South" : "across the MDL northwards")
            }
            wasSouth = south
        }
        return out
    }

    /// The name worth saying at a waypoint: a gate or culvert within 30 m, a post within 150 m,
    /// else the feature the next leg takes.
    func landmark(at p: Point, next: RouteFeature?) -> String? {
        if let g = nearestGate(to: p), g.gate.position.distance(to: p) <= 30 { return g.gate.id.rawValue }
        if let post = posts.min(by: { $0.position.distance(to: p) < $1.position.distance(to: p) }),
            post.position.distance(to: p) <= 150
        {
            return post.id.rawValue
        }
        if let next, next != .openGround { return next.nounPhrase }
        return nil
    }

    func nearestGate(to p: Point) -> (gate: Gate, fence: Fence.Kind)? {
        gates.filter { $0.gate.position.distance(to: p) <= $0.gate.radius + footprint + 20 }
            .min { $0.gate.position.distance(to: p) < $1.gate.position.distance(to: p) }
    }

    static func fenceName(_ k: Fence.Kind) -> String {
        switch k {
        case .rokGOP: "GOP fence"
        case .kpa: "KPA fence"
        case .coastal: "coastal fence"
        case .advance: "fence"
        }
    }
}
