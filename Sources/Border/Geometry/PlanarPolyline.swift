public import GuidepostCore

/// A polyline in planar metres with its cumulative lengths, so that positions along it can be
/// found by arc length.
public struct PlanarPolyline: Hashable, Sendable, Codable {
    /// The vertices, in order.
    public let points: [Point]
    /// `cumulative[i]` = length of the polyline from `points[0]` to `points[i]`, metres.
    public let cumulative: [Double]

    /// - Precondition: at least two points.
    public init(_ points: [Point]) {
        precondition(points.count >= 2, "a polyline needs at least two points")
        self.points = points
        var c = [0.0]
        c.reserveCapacity(points.count)
        for i in 1..<points.count { c.append(c[i - 1] + points[i].distance(to: points[i - 1])) }
        cumulative = c
    }

    /// Total length, metres.
    public var length: Double { cumulative[cumulative.count - 1] }

    /// The bounding box of the vertices.
    public var bounds: PlanarBox { PlanarBox(around: points) }

    /// The point at arc length `s` (clamped to the ends).
    /// - Complexity: O(log n).
    public func point(at s: Double) -> Point {
        let i = segmentIndex(at: s)
        let l = cumulative[i + 1] - cumulative[i]
        let t = l > 0 ? (s - cumulative[i]) / l : 0
        return Point.lerp(points[i], points[i + 1], Swift.min(1, Swift.max(0, t)))
    }

    /// The index of the segment holding arc length `s` (clamped to the first and last).
    /// - Complexity: O(log n).
    public func segmentIndex(at s: Double) -> Int {
        var lo = 0
        var hi = points.count - 2
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if cumulative[mid] <= s { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// Exact Euclidean distance from `p` to the polyline, metres.
    /// - Complexity: O(n); use a `SegmentGrid` for many queries.
    public func distance(to p: Point) -> Double {
        var best = Double.infinity
        for i in 0..<(points.count - 1) {
            best = Swift.min(best, SegmentMath.distanceSquared(p, points[i], points[i + 1]))
        }
        return best.squareRoot()
    }

    /// Points every `step` metres along the line, ends included (for drawing and for offsets).
    public func resampled(every step: Double) -> [Point] {
        precondition(step > 0, "resampling step must be positive")
        let n = Swift.max(1, Int((length / step).rounded(.up)))
        return (0...n).map { point(at: length * Double($0) / Double(n)) }
    }
}
