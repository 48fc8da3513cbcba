public import GuidepostCore

/// An area laid with mines and its density, mines per square metre. Most of the DMZ has never
/// been checked (≈97 %, domain.md §2), so the default layers are `unconfirmed` bands; charted
/// fields are `confirmed` polygons.
public struct Minefield: Identifiable, Hashable, Sendable {
    /// How much is known about the field.
    public enum Knowledge: String, Hashable, Sendable, Comparable {
        /// Suspected or reported, never surveyed: treat as mined.
        case unconfirmed
        /// Charted and marked.
        case confirmed

        /// Unconfirmed orders before confirmed.
        public static func < (a: Self, b: Self) -> Bool { a == .unconfirmed && b == .confirmed }
    }

    /// The geometry.
    public enum Shape: Hashable, Sendable {
        case polygon(PlanarPolygon)
        /// Every point with `s` and `d` in these ranges (cheap to test: one frame lookup).
        case band(s: ClosedRange<Double>, d: ClosedRange<Double>)
    }

    /// Stable identifier; overrides refer to it.
    public let id: MinefieldID
    /// The geometry, EPSG:5179 metres.
    public var shape: Shape
    /// Mean density, mines per m² (≥ 0).
    public var density: Double
    /// Confirmed (charted) or unconfirmed (suspected).
    public var knowledge: Knowledge

    /// A feature from its parts.
    public init(id: MinefieldID, shape: Shape, density: Double, knowledge: Knowledge) {
        self.id = id
        self.shape = shape
        self.density = density
        self.knowledge = knowledge
    }

    /// True when `p` (with its along-border coordinate `c`) is inside the field.
    @inline(__always)
    public func contains(_ p: Point, _ c: AlongBorderCoordinate) -> Bool {
        switch shape {
        case .polygon(let poly): return poly.contains(p)
        case .band(let s, let d): return s.contains(c.s) && d.contains(c.d)
        }
    }
}
