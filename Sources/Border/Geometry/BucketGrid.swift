public import GuidepostCore

/// A uniform grid of square buckets over a bounding box; each bucket lists the items whose
/// boxes touch it. Used to find the few segments or cells near a point without scanning all.
///
/// Stored flat (compressed rows): `start[b]..<start[b + 1]` index `items` for bucket `b`.
/// - Complexity: build O(Σ buckets touched); lookup O(1) plus the bucket's length.
public struct BucketGrid: Sendable {
    /// Area gridded (the union of the item boxes).
    public let bounds: PlanarBox
    /// Bucket side, metres.
    public let bucketSize: Double
    /// Buckets west to east.
    public let columns: Int
    /// Buckets south to north.
    public let rows: Int
    private let start: [Int32]
    private let items: [Int32]

    /// - Parameters:
    ///   - boxes: one box per item; item `i` is listed in every bucket its box touches.
    ///   - bucketSize: bucket side, metres (> 0).
    public init(boxes: [PlanarBox], bucketSize: Double) {
        precondition(bucketSize > 0, "bucket size must be positive")
        var all = PlanarBox(minX: .infinity, minY: .infinity, maxX: -.infinity, maxY: -.infinity)
        for b in boxes where !b.isEmpty {
            all.include(Point(x: b.minX, y: b.minY))
            all.include(Point(x: b.maxX, y: b.maxY))
        }
        if all.isEmpty { all = PlanarBox(minX: 0, minY: 0, maxX: 1, maxY: 1) }
        bounds = all
        self.bucketSize = bucketSize
        columns = Swift.max(1, Int((all.width / bucketSize).rounded(.up)) + 1)
        rows = Swift.max(1, Int((all.height / bucketSize).rounded(.up)) + 1)
        var lists = [[Int32]](repeating: [], count: columns * rows)
        for (i, b) in boxes.enumerated() where !b.isEmpty {
            let c0 = Swift.max(0, Int((b.minX - all.minX) / bucketSize))
            let c1 = Swift.min(columns - 1, Int((b.maxX - all.minX) / bucketSize))
            let r0 = Swift.max(0, Int((b.minY - all.minY) / bucketSize))
            let r1 = Swift.min(rows - 1, Int((b.maxY - all.minY) / bucketSize))
            guard c0 <= c1, r0 <= r1 else { continue }
            for r in r0...r1 { for c in c0...c1 { lists[r * columns + c].append(Int32(i)) } }
        }
        var s: [Int32] = [0]
        var flat: [Int32] = []
        for l in lists {
            flat.append(contentsOf: l)
            s.append(Int32(flat.count))
        }
        start = s
        items = flat
    }

    /// The items listed for the bucket holding `p` (empty outside the grid), in ascending order.
    @inline(__always)
    public func candidates(near p: Point) -> ArraySlice<Int32> {
        let cx = (p.x - bounds.minX) / bucketSize
        let cy = (p.y - bounds.minY) / bucketSize
        guard cx >= 0, cy >= 0, cx < Double(columns), cy < Double(rows) else { return [] }
        let b = Int(cy) * columns + Int(cx)
        return items[Int(start[b])..<Int(start[b + 1])]
    }

    /// True when `p` lies inside the gridded area (outside it, `candidates` is always empty).
    public func covers(_ p: Point) -> Bool {
        p.x >= bounds.minX && p.y >= bounds.minY
            && p.x < bounds.minX + Double(columns) * bucketSize && p.y < bounds.minY + Double(rows) * bucketSize
    }
}
