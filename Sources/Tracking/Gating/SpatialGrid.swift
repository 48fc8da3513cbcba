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
            pairs.append((key(cellX: cellIndex(p.x, originX), cellY: cellIndex(p.y, originY)), Int32(i)))
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
    @inline(__always)
    public func forEachCandidate(near centre: Point, radius: Double, _ body: (Int) -> Void) {
        guard !keys.isEmpty, radius.isFinite else {
            if !radius.isFinite { for i in order { body(Int(i)) } }
            return
        }
        let x0 = cellIndex(centre.x - radius, originX), x1 = cellIndex(centre.x + radius, originX)
        let y0 = cellIndex(centre.y - radius, originY), y1 = cellIndex(centre.y + radius, originY)
        if x1 < 0 || y1 < 0 { return }
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
