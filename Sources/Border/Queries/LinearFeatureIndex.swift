public import GuidepostCore

/// Every segment of every linear feature (fences, corridors, water channels) in one bucket
/// grid, so that "what is near this point" costs a handful of segment distances.
///
/// Segment boxes are grown by the feature's half-width plus `margin` (water channels by
/// `waterMargin`, so valleys can be carved near rivers), which bounds the footprint a query
/// may ask for.
/// - Complexity: build O(total segments); query O(segments in one 250 m bucket).
public struct LinearFeatureIndex: Sendable {
    /// Which kind of feature a segment belongs to.
    public enum Layer: UInt8, Sendable {
        case fence, corridor, water
    }

    /// One indexed segment.
    struct Segment: Sendable {
        var a: Point
        var b: Point
        var halfWidth: Double
        var bankWidth: Double
        var layer: Layer
        var feature: Int32
    }

    let segments: [Segment]
    let grid: BucketGrid
    /// Largest footprint radius a query may use, metres.
    public static let margin = 100.0
    /// Distance from a channel within which its distance is reported (valley carving), metres.
    public static let waterMargin = 800.0

    /// Indexes every segment of these features.
    public init(fences: [Fence], corridors: [Corridor], waterways: [Waterway]) {
        var segs: [Segment] = []
        func add(_ line: PlanarPolyline, _ hw: Double, _ bank: Double, _ layer: Layer, _ i: Int) {
            for k in 0..<(line.points.count - 1) {
                segs.append(Segment(a: line.points[k], b: line.points[k + 1], halfWidth: hw, bankWidth: bank, layer: layer, feature: Int32(i)))
            }
        }
        for (i, f) in fences.enumerated() { add(f.line, f.halfWidth, 0, .fence, i) }
        for (i, c) in corridors.enumerated() { add(c.line, c.halfWidth, 0, .corridor, i) }
        for (i, w) in waterways.enumerated() {
            if case .channel(let line, let hw, let bank) = w.shape { add(line, hw, bank, .water, i) }
        }
        segments = segs
        grid = BucketGrid(
            boxes: segs.map { s in
                let m = s.halfWidth + s.bankWidth + (s.layer == .water ? Self.waterMargin : Self.margin)
                return PlanarBox(around: [s.a, s.b]).expanded(by: m)
            }, bucketSize: 250)
    }

    /// What lies near `p`: the features whose footprint (half-width + `footprint`) holds it.
    public struct Hits: Sendable {
        /// Indices of fences touched (ascending, may repeat).
        public var fences: [Int] = []
        /// Indices of corridors touched.
        public var corridors: [Int] = []
        /// Index of the waterway whose water holds the point, if any.
        public var water: Int?
        /// Index of the waterway whose bank or tidal flat holds the point, if any.
        public var bank: Int?
        /// Distance to the nearest channel's edge, if within `waterMargin` (0 inside the water).
        public var waterEdgeDistance: Double?
        /// Which channel that distance is to.
        public var nearestWater: Int?
    }

    /// The features at `p` for a footprint radius `footprint` (clamped to `margin`).
    public func hits(at p: Point, footprint: Double) -> Hits {
        var h = Hits()
        let r = Swift.min(Swift.max(0, footprint), Self.margin)
        for k in grid.candidates(near: p) {
            let s = segments[Int(k)]
            let dist = SegmentMath.distanceSquared(p, s.a, s.b).squareRoot()
            switch s.layer {
            case .fence: if dist <= s.halfWidth + r { h.fences.append(Int(s.feature)) }
            case .corridor: if dist <= s.halfWidth + r { h.corridors.append(Int(s.feature)) }
            case .water:
                let edge = Swift.max(0, dist - s.halfWidth - r)
                if edge == 0 {
                    if h.water == nil { h.water = Int(s.feature) }
                } else if dist <= s.halfWidth + s.bankWidth + r, h.bank == nil {
                    h.bank = Int(s.feature)
                }
                if edge <= Self.waterMargin, edge < (h.waterEdgeDistance ?? .infinity) {
                    h.waterEdgeDistance = edge
                    h.nearestWater = Int(s.feature)
                }
            }
        }
        return h
    }
}
