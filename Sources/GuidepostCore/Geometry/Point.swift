/// A position in a planar metric frame, in metres.
///
/// In Guidepost pipelines the frame is EPSG:5179 (x = easting, y = northing). Tracking and
/// guidance accept any planar metric frame, so nothing here assumes coordinates near zero.
public struct Point: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Easting, metres.
    public var x: Double
    /// Northing, metres.
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    public static let zero = Point(x: 0, y: 0)

    /// Euclidean distance to `other`, metres.
    public func distance(to other: Point) -> Double { (other - self).length }

    /// True when both coordinates are finite numbers.
    public var isFinite: Bool { x.isFinite && y.isFinite }

    public var description: String { "(\(x), \(y))" }

    public static func + (lhs: Point, rhs: Vector2) -> Point { Point(x: lhs.x + rhs.x, y: lhs.y + rhs.y) }
    public static func - (lhs: Point, rhs: Vector2) -> Point { Point(x: lhs.x - rhs.x, y: lhs.y - rhs.y) }
    public static func - (lhs: Point, rhs: Point) -> Vector2 { Vector2(lhs.x - rhs.x, lhs.y - rhs.y) }

    /// The point a fraction `t` of the way from `a` to `b` (t = 0 gives `a`, t = 1 gives `b`).
    public static func lerp(_ a: Point, _ b: Point, _ t: Double) -> Point {
        Point(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t)
    }
}
