public import GuidepostCore

/// An axis-aligned rectangle in planar metres (EPSG:5179): a map window, a bounding box.
public struct PlanarBox: Hashable, Sendable, Codable {
    /// West edge, metres.
    public var minX: Double
    /// South edge, metres.
    public var minY: Double
    /// East edge, metres.
    public var maxX: Double
    /// North edge, metres.
    public var maxY: Double

    /// A box from its edges.
    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    /// The smallest box holding every point (an empty box for no points).
    public init<S: Sequence>(around points: S) where S.Element == Point {
        var b = PlanarBox(minX: .infinity, minY: .infinity, maxX: -.infinity, maxY: -.infinity)
        for p in points { b.include(p) }
        self = b
    }

    /// East–west extent, metres.
    public var width: Double { maxX - minX }
    /// North–south extent, metres.
    public var height: Double { maxY - minY }
    /// The centre point.
    public var centre: Point { Point(x: (minX + maxX) / 2, y: (minY + maxY) / 2) }
    /// True for a box holding no point.
    public var isEmpty: Bool { !(minX <= maxX && minY <= maxY) }

    /// Grows the box to hold `p`.
    public mutating func include(_ p: Point) {
        minX = Swift.min(minX, p.x)
        minY = Swift.min(minY, p.y)
        maxX = Swift.max(maxX, p.x)
        maxY = Swift.max(maxY, p.y)
    }

    /// The box grown by `margin` metres on every side.
    public func expanded(by margin: Double) -> PlanarBox {
        PlanarBox(minX: minX - margin, minY: minY - margin, maxX: maxX + margin, maxY: maxY + margin)
    }

    /// True when `p` is inside or on the edge.
    public func contains(_ p: Point) -> Bool { p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY }

    /// True when the boxes overlap or touch.
    public func intersects(_ o: PlanarBox) -> Bool {
        minX <= o.maxX && o.minX <= maxX && minY <= o.maxY && o.minY <= maxY
    }
}
