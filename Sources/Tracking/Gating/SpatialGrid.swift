public import GuidepostCore

/// A uniform grid over a scan's detections, so that gating a track looks only at the cells its
/// gate covers instead of at every detection.
///
/// Detections are sorted by cell key (cx, cy); a query walks the covered cells and finds each
/// cell's run by binary search. No hashing, so iteration order is deterministic.
/// - Complexity: build O(n log n); a query O(c log n + k) for c covered cells and k results.
public struct SpatialGrid: Sendable {
    public let cellSize: Double
    private let originX: Double, originY: Double
    private var keys: [Int64] = []
    private var order: [Int32] = []
    /// The largest cell index along x and y that holds a point: a query never walks beyond it.
    private var maxCellX: Int64 = 0, maxCellY: Int64 = 0

    /// - Parameters:
    ///   - points: the detections' positions.
    ///   - cellSize: edge of a cell in metres; about the typical gate diameter works best.
    public init(points: [Point], cellSize: Double) {
        precondition(cellSize > 0, "cell size must be positive")
        self.cellSize = cellSize
        var minX = Double.infinity, minY = Double.infinity
        for p in points {
            minX = min(minX, p.x)
            minY = min(minY, p.y)
        }
        originX = minX.isFinite ? minX : 0
        originY = minY.isFinite ? minY : 0
        var pairs: [(key: Int64, index: Int32)] = []
        pairs.reserveCapacity(points.count)
        for (i, p) in points.enumerated() {
            let cx = cellIndex(p.x, originX), cy = cellIndex(p.y, originY)
            maxCellX = max(maxCellX, cx)
            maxCellY = max(maxCellY, cy)
            pairs.append((key(cellX: cx, cellY: cy), Int32(i)))
        }
        pairs.sort { $0.key < $1.key || ($0.key == $1.key && $0.index < $1.index) }
        keys = pairs.map(\.key)
        order = pairs.map(\.index)
    }

    @inline(__always) private func cellIndex(_ v: Double, _ origin: Double) -> Int64 {
        let c = ((v - origin) / cellSize).rounded(.down)
        return Int64(max(min(c, 1e9), -1e9))
    }

    @inline(__always) private func key(cellX: Int64, cellY: Int64) -> Int64 {
        (cellX << 31) &+ (cellY &+ (1 << 30))
    }

    /// Calls `body` with the index of every point in the cells that a disc of `radius` around
    /// `centre` touches (a superset of the points within the disc), in ascending cell order.
    ///
    /// The work is bounded by the points, not by the disc: a query walks only the columns that
    /// hold points, and when a disc spans more columns than there are points (a gate grown by a
    /// covariance of 1e300, or a cell of 1e-9 m) it hands over every point instead, in the same
    /// order — O(n), never O(radius / cellSize).
    @inline(__always)
    public func forEachCandidate(near centre: Point, radius: Double, _ body: (Int) -> Void) {
        guard !keys.isEmpty, radius.isFinite else {
            if !radius.isFinite { for i in order { body(Int(i)) } }
            return
        }
        guard radius >= 0, centre.x.isFinite, centre.y.isFinite else { return }
        let x0 = cellIndex(centre.x - radius, originX), x1 = min(cellIndex(centre.x + radius, originX), maxCellX)
        let y0 = cellIndex(centre.y - radius, originY), y1 = min(cellIndex(centre.y + radius, originY), maxCellY)
        if x1 < 0 || y1 < 0 || x0 > x1 || y0 > y1 { return }
        if x1 - max(x0, 0) >= Int64(keys.count) {
            for i in order { body(Int(i)) }
            return
        }
        for cx in max(x0, 0)...x1 {
            let lo = lowerBound(key(cellX: cx, cellY: max(y0, 0)))
            let hiKey = key(cellX: cx, cellY: y1)
            var i = lo
            while i < keys.count, keys[i] <= hiKey {
                body(Int(order[i]))
                i += 1
            }
        }
    }

    private func lowerBound(_ k: Int64) -> Int {
        var lo = 0, hi = keys.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if keys[mid] < k { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
