public import GuidepostCore

/// The border, assembled: the MDL frame and band, the feature layers, the procedural terrain
/// and a scenario's overrides, with the indices that make point queries cheap. Built
/// deterministically from the bundled data and a seed; a value, safe to share across threads.
///
/// Queries: `sample(at:)` (layers at a point), `rasterise(_:)`, `lineOfSight(…)`,
/// `viewshed(…)`.
public struct BorderModel: Sendable {
    /// Half-width of the DMZ, metres: the limit lines are at d = ±2000.
    public static let dmzHalfWidth = 2000.0
    /// Canopy height of closed forest (vegetation 1), metres, for line of sight (an assumption).
    public static let canopyHeight = 10.0

    /// The seed every generated layer and field derives from.
    public let seed: UInt64
    /// The MDL and its (s, d) frame.
    public let line: DemarcationLine
    /// The two candidate MDL lines ("crossed" is judged on the southern).
    public let band: DemarcationBand
    /// Named sectors, west to east.
    public let sectors: [Sector]
    /// ROK and KPA guard posts and GOP platoon posts.
    public let posts: [Post]
    /// Fences with their gates and culverts.
    public let fences: [Fence]
    /// Roads, rail, patrol and supply roads.
    public let corridors: [Corridor]
    /// Rivers, streams, the estuary and the sea.
    public let waterways: [Waterway]
    /// Minefields (bands and polygons).
    public let minefields: [Minefield]
    /// Scenario terrain patches, in order.
    public let terrainPatches: [TerrainPatch]
    /// Scenario landforms (ridges, hills), added to the procedural ground.
    public let relief: [TerrainRelief]
    /// The procedural ground and vegetation fields.
    public let terrain: ProceduralTerrain

    let linearIndex: LinearFeatureIndex
    let waterAreas: [Int]
    let bandMinefields: [Int]
    let polygonMinefields: [Int]
    let minefieldGrid: BucketGrid
    let patchGrid: BucketGrid
    let reliefGrid: BucketGrid
    let postGrid: BucketGrid
    /// Radius around a guard post cleared of vegetation (fields of view and fire), metres (an assumption).
    public static let postClearingRadius = 150.0

    /// The standard border: the bundled MDL, the generated default layers for `seed`, and
    /// `overrides` applied on top.
    public init(seed: UInt64, overrides: BorderOverrides = BorderOverrides()) throws(BorderError) {
        let line = try MDLData.bundledLine()
        try self.init(line: line, seed: seed, layers: BorderLayers.standard(line: line, seed: seed), overrides: overrides)
    }

    /// A border from any line and layers (tests, other borders).
    public init(line: DemarcationLine, seed: UInt64, layers: BorderLayers, overrides: BorderOverrides = BorderOverrides())
        throws(BorderError)
    {
        try overrides.validate()
        let l = try layers.applying(overrides)
        self.seed = seed
        self.line = line
        band = DemarcationBand(line: line, seed: seed)
        sectors = l.sectors
        posts = l.posts
        fences = l.fences
        corridors = l.corridors
        waterways = l.waterways
        minefields = l.minefields
        terrainPatches = overrides.terrain
        relief = overrides.relief
        terrain = ProceduralTerrain(seed: seed, lineLength: line.length)
        linearIndex = LinearFeatureIndex(fences: l.fences, corridors: l.corridors, waterways: l.waterways)
        waterAreas = l.waterways.indices.filter { if case .area = l.waterways[$0].shape { true } else { false } }
        bandMinefields = l.minefields.indices.filter { if case .band = l.minefields[$0].shape { true } else { false } }
        let polys = l.minefields.indices.filter { if case .polygon = l.minefields[$0].shape { true } else { false } }
        polygonMinefields = polys
        minefieldGrid = BucketGrid(
            boxes: polys.map { i in
                if case .polygon(let p) = l.minefields[i].shape { return p.bounds }
                return PlanarBox(minX: .infinity, minY: .infinity, maxX: -.infinity, maxY: -.infinity)
            }, bucketSize: 1000)
        patchGrid = BucketGrid(boxes: overrides.terrain.map(\.area.bounds), bucketSize: 1000)
        reliefGrid = BucketGrid(boxes: overrides.relief.map(\.bounds), bucketSize: 1000)
        postGrid = BucketGrid(
            boxes: l.posts.map { PlanarBox(around: [$0.position]).expanded(by: Self.postClearingRadius) }, bucketSize: 1000)
    }

    /// The sector holding arc length `s`, if any.
    public func sector(at s: Double) -> Sector? { sectors.first { $0.s.contains(s) } }

    /// The post with id `id`.
    public func post(_ id: PostID) -> Post? { posts.first { $0.id == id } }
}
