public import GuidepostCore

/// A simple polygon in planar metres (the ring is closed implicitly), with its bounding box
/// cached for quick rejection.
public struct PlanarPolygon: Hashable, Sendable, Codable {
    /// The vertices, in order.
    public let ring: [Point]
    /// Bounding box of the ring.
    public let bounds: PlanarBox

    /// - Precondition: at least three vertices.
    public init(_ ring: [Point]) {
        precondition(ring.count >= 3, "a polygon needs at least three vertices")
        self.ring = ring
        bounds = PlanarBox(around: ring)
    }

    /// Even–odd (crossing-number) containment test.
    /// - Complexity: O(n), O(1) when `p` is outside the bounding box.
    public func contains(_ p: Point) -> Bool {
        guard bounds.contains(p) else { return false }
        var inside = false
        var j = ring.count - 1
        for i in 0..<ring.count {
            let a = ring[i]
            let b = ring[j]
            if (a.y > p.y) != (b.y > p.y) {
                let x = a.x + (p.y - a.y) / (b.y - a.y) * (b.x - a.x)
                if p.x < x { inside.toggle() }
            }
            j = i
        }
        return inside
    }

    /// Area by the shoelace formula, square metres (positive for either orientation).
    public var area: Double {
        var a = 0.0
        var j = ring.count - 1
        for i in 0..<ring.count {
            a += (ring[j].x * ring[i].y - ring[i].x * ring[j].y)
            j = i
        }
        return abs(a) / 2
    }
}
