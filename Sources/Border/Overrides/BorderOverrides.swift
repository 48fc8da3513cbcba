public import GuidepostCore

/// A scenario's local changes to the border: plain values that the Scenario module maps its
/// YAML onto, applied by `BorderModel` after the bundled and generated layers are built.
///
/// Every layer takes `FeatureEdits` (remove by id, insert or replace by id). Gates can be
/// added to an existing fence without restating it, posts can change status (a dead
/// sensor post), and terrain patches set or raise the ground and set vegetation in polygons.
/// See docs/border.md for examples.
public struct BorderOverrides: Sendable {
    /// Minefields removed, added or replaced.
    public var minefields = FeatureEdits<Minefield>()
    /// Roads, rail and patrol roads removed, added or replaced.
    public var corridors = FeatureEdits<Corridor>()
    /// Rivers, streams, estuary and sea removed, added or replaced.
    public var waterways = FeatureEdits<Waterway>()
    /// Fences removed, added or replaced (with their gates).
    public var fences = FeatureEdits<Fence>()
    /// Posts removed, added or replaced.
    public var posts = FeatureEdits<Post>()
    /// Openings added to existing fences (a culvert nobody listed, a new gate).
    public var addedGates: [GateAddition] = []
    /// Status changes for existing posts (applied after `posts`).
    public var postStatus: [PostStatusChange] = []
    /// Landforms (ridges, hills) added to the procedural ground, before the patches.
    public var relief: [TerrainRelief] = []
    /// Terrain patches, applied in order over the procedural terrain.
    public var terrain: [TerrainPatch] = []
    /// Areas whose posts are removed (a scenario's "post-removed": every post within the radius).
    public var postRemovals: [PostRemoval] = []

    /// No changes.
    public init() {}

    /// A gate or culvert added to fence `fence`, or to the fence nearest its position
    /// (within 50 m) when `fence` is nil.
    public struct GateAddition: Hashable, Sendable {
        /// The fence the opening is in; nil for the nearest fence.
        public var fence: FenceID?
        /// The opening.
        public var gate: Gate
        /// Adds `gate` to `fence` (nil: the nearest fence).
        public init(fence: FenceID?, gate: Gate) {
            self.fence = fence
            self.gate = gate
        }
    }

    /// Post `post` gets status `status`.
    public struct PostStatusChange: Hashable, Sendable {
        /// The post.
        public var post: PostID
        /// Its new status.
        public var status: Post.Status
        /// Sets `post` to `status`.
        public init(post: PostID, status: Post.Status) {
            self.post = post
            self.status = status
        }
    }

    /// Every post within `radius` metres of `centre` is removed.
    public struct PostRemoval: Hashable, Sendable {
        /// Centre of the area, EPSG:5179 metres.
        public var centre: Point
        /// Radius, metres.
        public var radius: Double
        /// Removes the posts within `radius` of `centre`.
        public init(centre: Point, radius: Double) {
            self.centre = centre
            self.radius = radius
        }
    }

    /// Checks values the model cannot use and says which.
    public func validate() throws(BorderError) {
        for (i, m) in minefields.upserts.enumerated() where !(m.density >= 0 && m.density.isFinite) {
            throw .invalidOverride(field: "minefields[\(i)].density", reason: "must be a finite number ≥ 0 (mines per m²)")
        }
        for (i, p) in terrain.enumerated() {
            if let v = p.vegetation, !(0...1).contains(v) {
                throw .invalidOverride(field: "terrain[\(i)].vegetation", reason: "must be in 0...1")
            }
            if case .set(let e)? = p.elevation, !e.isFinite {
                throw .invalidOverride(field: "terrain[\(i)].elevation", reason: "must be finite")
            }
            if case .add(let e)? = p.elevation, !e.isFinite {
                throw .invalidOverride(field: "terrain[\(i)].elevation", reason: "must be finite")
            }
        }
        for (i, r) in relief.enumerated() {
            let w: Double
            switch r.shape {
            case .ridge(_, let hw): w = hw
            case .hill(_, let radius): w = radius
            }
            guard r.height.isFinite, w.isFinite, w > 0 else {
                throw .invalidOverride(field: "relief[\(i)]", reason: "height must be finite and width or radius > 0")
            }
        }
        for (i, r) in postRemovals.enumerated() where !(r.radius > 0 && r.radius.isFinite && r.centre.isFinite) {
            throw .invalidOverride(field: "postRemovals[\(i)]", reason: "needs a finite centre and a radius > 0")
        }
        for (i, c) in corridors.upserts.enumerated() where !(c.halfWidth > 0) {
            throw .invalidOverride(field: "corridors[\(i)].halfWidth", reason: "must be > 0 metres")
        }
    }
}
