import GuidepostCore

/// The feature layers of a border, before terrain: what `BorderModel` is assembled from.
/// `BorderLayers.standard(line:seed:)` builds the bundled/generated defaults; tests may build
/// their own.
public struct BorderLayers: Sendable {
    /// Named sectors.
    public var sectors: [Sector]
    /// Posts.
    public var posts: [Post]
    /// Fences.
    public var fences: [Fence]
    /// Roads and paths.
    public var corridors: [Corridor]
    /// Water.
    public var waterways: [Waterway]
    /// Minefields.
    public var minefields: [Minefield]

    /// Layers from lists (all empty by default).
    public init(
        sectors: [Sector] = [], posts: [Post] = [], fences: [Fence] = [], corridors: [Corridor] = [],
        waterways: [Waterway] = [], minefields: [Minefield] = []
    ) {
        self.sectors = sectors
        self.posts = posts
        self.fences = fences
        self.corridors = corridors
        self.waterways = waterways
        self.minefields = minefields
    }

    /// These layers with a scenario's edits applied (terrain patches are applied by the model).
    public func applying(_ o: BorderOverrides) throws(BorderError) -> BorderLayers {
        var l = self
        l.minefields = o.minefields.applied(to: minefields)
        l.corridors = o.corridors.applied(to: corridors)
        l.waterways = o.waterways.applied(to: waterways)
        l.fences = o.fences.applied(to: fences)
        l.posts = o.posts.applied(to: posts)
        for (i, g) in o.addedGates.enumerated() {
            if let id = g.fence {
                guard let k = l.fences.firstIndex(where: { $0.id == id }) else {
                    throw .invalidOverride(field: "addedGates[\(i)].fence", reason: "no fence '\(id)' (known: \(l.fences.map(\.id.rawValue).joined(separator: ", ")))")
                }
                l.fences[k].gates.append(g.gate)
            } else {
                let near = l.fences.indices.map { ($0, l.fences[$0].line.distance(to: g.gate.position)) }.min { $0.1 < $1.1 }
                guard let (k, dist) = near, dist <= 50 else {
                    throw .invalidOverride(field: "addedGates[\(i)]", reason: "no fence within 50 m of \(g.gate.position) to put '\(g.gate.id)' in")
                }
                l.fences[k].gates.append(g.gate)
            }
        }
        l.posts.removeAll { p in o.postRemovals.contains { $0.centre.distance(to: p.position) <= $0.radius } }
        for (i, c) in o.postStatus.enumerated() {
            guard let k = l.posts.firstIndex(where: { $0.id == c.post }) else {
                throw .invalidOverride(field: "postStatus[\(i)].post", reason: "no post '\(c.post)'")
            }
            l.posts[k].status = c.status
        }
        return l
    }
}
