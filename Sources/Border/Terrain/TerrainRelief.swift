public import GuidepostCore
import Foundation

/// A landform a scenario adds to the ground: a ridge along a line or a hill at a point, raised
/// by `height` metres at its crest and falling smoothly to nothing at `halfWidth` (a ridge) or
/// `radius` (a hill):
///
///     Δz(r) = height · ½(1 + cos(π r / w))  for r < w,  0 beyond,
///
/// with `r` the distance to the ridge line or hill centre and `w` the half-width or radius.
public struct TerrainRelief: Hashable, Sendable {
    /// Where the landform is.
    public enum Shape: Hashable, Sendable {
        /// A ridge along a line, `halfWidth` metres from crest to foot.
        case ridge(PlanarPolyline, halfWidth: Double)
        /// A hill centred on a point, `radius` metres from top to foot.
        case hill(Point, radius: Double)
    }

    /// The landform's outline.
    public var shape: Shape
    /// Height of the crest above the ground around it, metres (negative digs a trough).
    public var height: Double

    /// A landform of `shape` and `height`.
    public init(shape: Shape, height: Double) {
        self.shape = shape
        self.height = height
    }

    /// Bounding box of the area it changes.
    public var bounds: PlanarBox {
        switch shape {
        case .ridge(let line, let w): return line.bounds.expanded(by: w)
        case .hill(let c, let r): return PlanarBox(around: [c]).expanded(by: r)
        }
    }

    /// The rise it adds at `p`, metres.
    public func rise(at p: Point) -> Double {
        let (r, w): (Double, Double)
        switch shape {
        case .ridge(let line, let hw): (r, w) = (line.distance(to: p), hw)
        case .hill(let c, let radius): (r, w) = (c.distance(to: p), radius)
        }
        guard r < w else { return 0 }
        return height * 0.5 * (1 + cos(Double.pi * r / w))
    }
}
