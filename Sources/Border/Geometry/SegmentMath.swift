public import GuidepostCore

/// Closed-form helpers on straight segments, shared by polylines, polygons and the MDL frame.
public enum SegmentMath {
    /// The parameter `t ∈ [0, 1]` of the point of segment `ab` nearest to `p`:
    /// `t = clamp(((p − a)·(b − a)) / |b − a|², 0, 1)`.
    @inline(__always)
    public static func nearestParameter(_ p: Point, _ a: Point, _ b: Point) -> Double {
        let ab = b - a
        let l2 = ab.lengthSquared
        guard l2 > 0 else { return 0 }
        return Swift.min(1, Swift.max(0, (p - a).dot(ab) / l2))
    }

    /// Squared distance from `p` to segment `ab`, square metres.
    @inline(__always)
    public static func distanceSquared(_ p: Point, _ a: Point, _ b: Point) -> Double {
        let t = nearestParameter(p, a, b)
        let q = Point.lerp(a, b, t)
        return (p - q).lengthSquared
    }

    /// The parameter along `ab` at which it crosses `cd`, or nil when they do not cross.
    public static func intersection(_ a: Point, _ b: Point, _ c: Point, _ d: Point) -> Double? {
        let r = b - a
        let s = d - c
        let den = r.cross(s)
        guard den != 0 else { return nil }
        let t = (c - a).cross(s) / den
        let u = (c - a).cross(r) / den
        return (t >= 0 && t <= 1 && u >= 0 && u <= 1) ? t : nil
    }
}
