public import GuidepostCore

/// A polyline an actor follows, parameterised by distance travelled along it.
public struct Route: Hashable, Sendable {
    public let points: [Point]
    /// cumulative[i] = distance from points[0] to points[i], metres.
    public let cumulative: [Double]

    /// A route through `points` (at least one). Repeated points are kept but add no length.
    public init(_ points: [Point]) {
        precondition(!points.isEmpty, "a route needs at least one point")
        self.points = points
        var c = [0.0]
        c.reserveCapacity(points.count)
        if points.count > 1 {
            for i in 1..<points.count { c.append(c[i - 1] + points[i - 1].distance(to: points[i])) }
        }
        cumulative = c
    }

    /// Total length, metres.
    public var length: Double { cumulative[cumulative.count - 1] }

    /// The index of the segment containing distance `s` (binary search).
    /// - Complexity: O(log n).
    private func segment(at s: Double) -> Int {
        var lo = 0, hi = points.count - 1
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if cumulative[mid] <= s { lo = mid } else { hi = mid }
        }
        return lo
    }

    /// The point at distance `s` along the route (clamped to its ends).
    public func position(at s: Double) -> Point {
        guard points.count > 1 else { return points[0] }
        if s <= 0 { return points[0] }
        if s >= length { return points[points.count - 1] }
        let i = segment(at: s)
        let seg = cumulative[i + 1] - cumulative[i]
        return seg > 0 ? Point.lerp(points[i], points[i + 1], (s - cumulative[i]) / seg) : points[i]
    }

    /// The unit direction of travel at distance `s` (zero on a one-point route).
    public func direction(at s: Double) -> Vector2 {
        guard points.count > 1 else { return .zero }
        var i = segment(at: min(max(s, 0), length))
        while i < points.count - 2, cumulative[i + 1] - cumulative[i] == 0 { i += 1 }
        return (points[i + 1] - points[i]).normalized
    }

    /// The same route walked backwards.
    public var reversed: Route { Route(points.reversed()) }
}
